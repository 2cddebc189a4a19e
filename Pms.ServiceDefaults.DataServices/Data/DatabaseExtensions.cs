using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Pms.ServiceDefaults.Errors;

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
        builder.Services.AddSingleton(KnownFailure.Of<DbUpdateConcurrencyException>(
            StatusCodes.Status409Conflict, "The record was changed by someone else; reload it and try again."));
        builder.Services.AddSingleton(TransientDatabaseFailure.ForRequests);
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter("Npgsql"));
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource("Npgsql", MigrationHostedService<TDbContext>.ActivitySourceName));

        var connectionString = builder.Configuration.GetConnectionString(databaseName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{databaseName} is required.");
        builder.Services.AddDbContextPool<TDbContext>(options => options
            .UseNpgsql(PooledConnections.Tune(connectionString))
            .ConfigureWarnings(warnings => warnings.Log(
                // EF Core logs every failed command, save and commit as an error, including the unique
                // and exclusion violations by which the services settle races on purpose (and by which
                // Wolverine's inbox refuses a message delivered twice at once). A failure
                // nobody handles is still logged as an error where it surfaces: by the exception
                // handler of a request, by Wolverine for a message, by the job that ran it.
                (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug))));

        // Aspire's health check, tracing and metrics for it. Wolverine's transactional middleware opens explicit
        // transactions, which a retrying execution strategy does not allow; Wolverine retries whole messages instead.
        builder.EnrichNpgsqlDbContext<TDbContext>(settings => settings.DisableRetry = true);
        return builder;
    }
}
