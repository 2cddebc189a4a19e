using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pms.ServiceDefaults.Data;

/// <summary>Applies the service's checked-in migrations at start-up, before it serves requests or messages.</summary>
public sealed partial class MigrationHostedService<TDbContext>(
    IServiceProvider services,
    ILogger<MigrationHostedService<TDbContext>> logger) : IHostedService where TDbContext : DbContext
{
    private static readonly ActivitySource Source = new("Pms.Migrations");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity($"Migrating {typeof(TDbContext).Name}");
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, typeof(TDbContext).Name, pending.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) to {Context}")]
    private static partial void LogMigrated(ILogger logger, string context, int count);
}
