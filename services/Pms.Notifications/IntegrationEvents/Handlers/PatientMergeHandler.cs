using Pms.Contracts.Events;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Services;

namespace Pms.Notifications.IntegrationEvents.Handlers;

/// <summary>
/// Follows staff merging a duplicate patient record into a surviving one, and undoing it.
/// <list type="bullet">
/// <item>The duplicate's message history moves to the survivor's, and an undo moves exactly those messages back (those
/// still on the survivor); what was planned for the survivor since stays with it.</item>
/// <item>The duplicate's contact details are kept as they are, for an undo, but nothing more is sent to them: while the
/// merge stands, a message due to the duplicate (a late event, an appointment reminder) goes to the survivor's contact
/// details and joins the survivor's history (<see cref="MergedRecords"/>).</item>
/// <item>The survivor's notification preferences stay; the duplicate's are kept but no longer consulted.</item>
/// </list>
/// </summary>
public static class PatientMergeHandler
{
    public static Task Handle(PatientsMerged merged, NotificationDbContext db, ILogger logger, CancellationToken cancellationToken) =>
        new MergedDeliveries(db, logger).ApplyAsync(merged, cancellationToken);

    public static Task Handle(PatientMergeUndone undone, NotificationDbContext db, ILogger logger, CancellationToken cancellationToken) =>
        new MergedDeliveries(db, logger).UndoAsync(undone, cancellationToken);
}
