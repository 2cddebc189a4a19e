using Microsoft.EntityFrameworkCore;
using Pms.Contracts.Events;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Model;

namespace Pms.Notifications.IntegrationEvents.Handlers;

/// <summary>
/// Follows staff merging a duplicate patient record into a surviving one, and undoing it.
/// <list type="bullet">
/// <item>The duplicate's message history moves to the survivor's, recorded under the merge, and an undo moves exactly
/// those messages back (those still on the survivor); what was planned for the survivor since stays with it.</item>
/// <item>The duplicate's contact details are kept as they are, for an undo, but nothing more is sent to them: while the
/// merge stands, a message due to the duplicate (a late event, an appointment reminder) goes to the survivor's contact
/// details and joins the survivor's history (<see cref="Services.MergedRecords"/>).</item>
/// <item>The survivor's notification preferences stay; the duplicate's are kept but no longer consulted.</item>
/// </list>
/// Each merge is remembered by its id rather than by event id, and kept once undone, so that a redelivered merge or
/// undo, or a merge that arrives after its undo, changes nothing.
/// </summary>
public static partial class PatientMergeHandler
{
    public static async Task Handle(PatientsMerged merged, NotificationDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (await db.PatientMerges.FindAsync([merged.MergeId], cancellationToken) is { } known)
        {
            if (known.MergedAt is null)
            {
                LogMergeAfterUndo(logger, merged.MergeId);
            }

            return;
        }

        // The messages are named before they move, so that the record holds exactly those moved, whatever is planned meanwhile.
        var deliveryIds = await db.Deliveries.Where(delivery => delivery.PatientId == merged.DuplicateId)
            .Select(delivery => delivery.Id)
            .ToListAsync(cancellationToken);
        await db.Deliveries.Where(delivery => deliveryIds.Contains(delivery.Id))
            .ExecuteUpdateAsync(deliveries => deliveries.SetProperty(delivery => delivery.PatientId, merged.SurvivorId), cancellationToken);
        db.PatientMerges.Add(new PatientMerge
        {
            MergeId = merged.MergeId,
            SurvivorId = merged.SurvivorId,
            DuplicateId = merged.DuplicateId,
            MergedAt = merged.MergedAt,
            Deliveries = [.. deliveryIds.Select(deliveryId => new MergedDelivery { MergeId = merged.MergeId, DeliveryId = deliveryId })],
        });
    }

    public static async Task Handle(PatientMergeUndone undone, NotificationDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var merge = await db.PatientMerges.FindAsync([undone.MergeId], cancellationToken);
        if (merge is null)
        {
            LogUndoOfUnknownMerge(logger, undone.MergeId);
            db.PatientMerges.Add(new PatientMerge
            {
                MergeId = undone.MergeId, SurvivorId = undone.SurvivorId, DuplicateId = undone.DuplicateId, UndoneAt = undone.UndoneAt,
            });
            return;
        }

        if (merge.UndoneAt is not null)
        {
            return;
        }

        // A message a later merge took on from the survivor has gone with it and stays where it is.
        var moved = db.MergedDeliveries.Where(record => record.MergeId == merge.MergeId).Select(record => record.DeliveryId);
        await db.Deliveries.Where(delivery => moved.Contains(delivery.Id) && delivery.PatientId == merge.SurvivorId)
            .ExecuteUpdateAsync(deliveries => deliveries.SetProperty(delivery => delivery.PatientId, merge.DuplicateId), cancellationToken);
        await db.MergedDeliveries.Where(record => record.MergeId == merge.MergeId).ExecuteDeleteAsync(cancellationToken);
        merge.UndoneAt = undone.UndoneAt;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Merge {MergeId} was undone before notification-service applied it; it moves no messages")]
    private static partial void LogUndoOfUnknownMerge(ILogger logger, Guid mergeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Merge {MergeId} arrived after its undo; it moves no messages")]
    private static partial void LogMergeAfterUndo(ILogger logger, Guid mergeId);
}
