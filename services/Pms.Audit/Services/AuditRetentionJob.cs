using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Audit.Infrastructure;

namespace Pms.Audit.Services;

/// <summary>Deletes records past the retention period once a day; the database refuses to delete younger ones.</summary>
public sealed partial class AuditRetentionJob(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetentionJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
                var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
                var deleted = await db.Records.Where(record => record.At < cutoff).ExecuteDeleteAsync(stoppingToken);
                if (deleted > 0)
                {
                    LogDeleted(deleted, cutoff);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Information, "Deleted {Count} audit records older than {Cutoff:O}, past the retention period.")]
    private partial void LogDeleted(int count, DateTimeOffset cutoff);

    [LoggerMessage(LogLevel.Error, "Deleting audit records past the retention period failed; it is tried again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
