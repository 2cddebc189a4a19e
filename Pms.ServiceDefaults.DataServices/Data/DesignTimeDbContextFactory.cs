using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Pms.ServiceDefaults.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build a service's DbContext without starting the service (which needs
/// Kafka and the AppHost's configuration). Migrations never connect with this string.
/// </summary>
public abstract class DesignTimeDbContextFactory<TDbContext> : IDesignTimeDbContextFactory<TDbContext> where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time")
            .Options;
        return (TDbContext)Activator.CreateInstance(typeof(TDbContext), options)!;
    }
}
