using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pms.ServiceDefaults.Data;

/// <summary>Applies the service's checked-in migrations at start-up, before it serves requests or messages.</summary>
public sealed partial class MigrationHostedService<TDbContext>(
    IServiceProvider services,
    ILogger<MigrationHostedService<TDbContext>> logger) : IHostedService where TDbContext : DbContext
{
    public const string ActivitySourceName = "Pms.Migrations";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity($"Migrating {typeof(TDbContext).Name}");
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TDbContext>();

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
