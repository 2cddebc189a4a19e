using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pms.ServiceDefaults.Data;

/// <summary>
/// Applies the service's checked-in migrations at start-up, before it serves requests or messages. Replicas starting
/// together take turns under a PostgreSQL advisory lock, so one migrates and the others find nothing pending.
/// </summary>
public sealed partial class MigrationHostedService<TDbContext>(
    IServiceProvider services,
    ILogger<MigrationHostedService<TDbContext>> logger) : IHostedService where TDbContext : DbContext
{
    public const string ActivitySourceName = "Pms.Migrations";

    /// <summary>Any constant: advisory locks are per database, and each service migrates only its own.</summary>
    private const long MigrationLockKey = 0x504D535F4D4947;

    private static readonly ActivitySource Source = new(ActivitySourceName);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity($"Migrating {typeof(TDbContext).Name}");
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await context.Database.OpenConnectionAsync(cancellationToken);
        await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        try
        {
            await MigratePendingAsync(context, cancellationToken);
        }
        finally
        {
            // Closing the connection would only return it to the pool, still holding the lock.
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            await context.Database.CloseConnectionAsync();
        }
    }

    private async Task MigratePendingAsync(TDbContext context, CancellationToken cancellationToken)
    {
        // Asking a new database for its applied migrations reads a history table that does not exist
        // yet, which EF Core logs as a failed command: a new database has every migration pending.
        var history = context.GetService<IHistoryRepository>();
        var pending = await history.ExistsAsync(cancellationToken)
            ? (await context.Database.GetPendingMigrationsAsync(cancellationToken)).Count()
            : context.Database.GetMigrations().Count();
        if (pending > 0)
        {
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, typeof(TDbContext).Name, pending);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) to {Context}")]
    private static partial void LogMigrated(ILogger logger, string context, int count);
}
