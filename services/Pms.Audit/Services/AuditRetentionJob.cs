using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Audit.Infrastructure;
using Pms.ServiceDefaults.Hosting;

namespace Pms.Audit.Services;

/// <summary>Deletes records past the retention period once a day; the database refuses to delete younger ones.</summary>
public sealed partial class AuditRetentionJob(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetentionJob> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.RetentionInterval;

    protected override string Work => "deleting audit records past the retention period";

    protected override bool FirstRoundAtStart => true;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var cutoff = Clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var deleted = await db.Records.Where(record => record.At < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(Logger, deleted, cutoff);
        }
    }

    [LoggerMessage(LogLevel.Information, "Deleted {Count} audit records older than {Cutoff:O}, past the retention period.")]
    private static partial void LogDeleted(ILogger logger, int count, DateTimeOffset cutoff);
}
