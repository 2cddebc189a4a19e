using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
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
        builder.AddNpgsqlDbContext<TDbContext>(databaseName, settings => settings.DisableRetry = true, options =>
            options.ConfigureWarnings(warnings => warnings.Log(
                // EF Core logs every failed command, save and commit as an error, including the unique
                // and exclusion violations by which the services settle races on purpose (and by which
                // Wolverine's inbox refuses a message delivered twice at once). A failure
                // nobody handles is still logged as an error where it surfaces: by the exception
                // handler of a request, by Wolverine for a message, by the job that ran it.
                (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug))));
        return builder;
    }
}
