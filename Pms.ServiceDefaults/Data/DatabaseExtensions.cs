using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pms.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's DbContext on its own database (pooling, tracing, health check)
    /// and applies its migrations before anything else starts.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string databaseName)
        where TDbContext : DbContext
    {
        // Migrations run before the other hosted services (Wolverine's agents included).
        builder.Services.AddHostedService<MigrationHostedService<TDbContext>>();

        // Wolverine's transactional middleware opens explicit transactions, which a retrying
        // execution strategy does not allow; Wolverine retries whole messages instead.
        builder.AddNpgsqlDbContext<TDbContext>(databaseName, settings => settings.DisableRetry = true);
        return builder;
    }
}
