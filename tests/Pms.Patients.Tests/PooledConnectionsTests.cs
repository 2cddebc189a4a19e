using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pms.Patients.Infrastructure;
using Pms.Patients.Tests.Infrastructure;

namespace Pms.Patients.Tests;

/// <summary>The service's own queries keep their prepared statements on pooled connections.</summary>
public sealed class PooledConnectionsTests(PatientsApp app)
{
    [Fact]
    public async Task TheServiceQueriesThroughPreparedStatementsOnConnectionsReturnedWithoutReset()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var settings = new NpgsqlConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<PatientDbContext>().Database.GetConnectionString());

        Assert.True(settings.NoResetOnClose);
        Assert.Equal(100, settings.MaxAutoPrepare);
    }
}
