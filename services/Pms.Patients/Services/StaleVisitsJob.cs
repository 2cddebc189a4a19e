using Microsoft.EntityFrameworkCore;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Hosting;

namespace Pms.Patients.Services;

/// <summary>
/// Closes visits nobody closed by the end of their day, so yesterday's forgotten patient is not the first called this
/// morning, cannot block their own check-in, and does not hold their appointment or record. A visit open for
/// <see cref="StaleAfter"/> is closed (Waiting as Left, any other as Done), each one logged: the desk should have closed it.
/// </summary>
public sealed partial class StaleVisitsJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<StaleVisitsJob> logger) : PeriodicJob(clock, logger)
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(18);

    protected override TimeSpan Interval => TimeSpan.FromMinutes(30);

    protected override string Work => "closing the day's forgotten visits";

    protected override bool FirstRoundAtStart => true;

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => CloseStaleAsync(cancellationToken);

    /// <returns>How many visits were closed.</returns>
    public async Task<int> CloseStaleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientDbContext>();
        var now = Clock.GetUtcNow();
        var stale = await db.Visits.Where(visit => VisitQueries.OpenStages.Contains(visit.Stage) && visit.CheckedInAt < now - StaleAfter)
            .ToListAsync(cancellationToken);
        foreach (var visit in stale)
        {
            var stage = visit.Stage;
            visit.CloseAtEndOfDay(now);
            ClosedStale(Logger, visit.Id, stage, visit.CheckedInAt);
        }

        await db.SaveChangesAsync(cancellationToken);
        var signal = scope.ServiceProvider.GetRequiredService<WaitingRoomSignal>();
        foreach (var doctorId in stale.Select(visit => visit.DoctorId).Distinct())
        {
            await signal.QueueChangedAsync(doctorId);
        }

        return stale.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Visit {VisitId}, checked in at {CheckedInAt}, was still {Stage} at the end of its day; closed.")]
    private static partial void ClosedStale(ILogger logger, Guid visitId, VisitStage stage, DateTimeOffset checkedInAt);
}
