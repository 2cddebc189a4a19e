using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pms.Auth.Infrastructure;
using Pms.Auth.Tests.Infrastructure;
using Pms.ServiceDefaults.Data;

namespace Pms.Auth.Tests;

public sealed class MigrationTests(AuthApp app)
{
    [Fact]
    public async Task ReplicasStartingTogetherOnANewDatabaseMigrateItOnceAndAllStart()
    {
        var connectionString = await app.Postgres.CreateEmptyDatabaseAsync();
        var replicas = Enumerable.Range(0, 4).Select(_ =>
        {
            var services = new ServiceCollection().AddDbContext<AuthDbContext>(db => db.UseNpgsql(connectionString)).BuildServiceProvider();
            return new MigrationHostedService<AuthDbContext>(services, NullLogger<MigrationHostedService<AuthDbContext>>.Instance);
        }).ToList();

        await Task.WhenAll(replicas.Select(replica => replica.StartAsync(TestContext.Current.CancellationToken)));

        await using var db = new AuthDbContext(new DbContextOptionsBuilder<AuthDbContext>().UseNpgsql(connectionString).Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }
}
