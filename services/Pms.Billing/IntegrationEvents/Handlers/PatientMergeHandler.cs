using Microsoft.EntityFrameworkCore;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Contracts.Events;

namespace Pms.Billing.IntegrationEvents.Handlers;

/// <summary>
/// Moves a duplicate patient record's bills to the survivor when staff merge the two, and back when the merge is undone;
/// payments, refunds and checkouts hang off the bills and follow them. Billing's summaries of both patients stay as
/// patient-service's own events leave them. Each merge is remembered by its id rather than by event id, and kept once
/// undone, so that a redelivered merge or undo, or a merge that arrives after its undo, changes nothing.
/// </summary>
public static partial class PatientMergeHandler
{
    public static async Task Handle(PatientsMerged merged, BillingDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (await db.PatientMerges.FindAsync([merged.MergeId], cancellationToken) is { } known)
        {
            if (known.MergedAt is null)
            {
                LogMergeAfterUndo(logger, merged.MergeId);
            }

            return;
        }

        // The bills are named before they move, so that the record holds exactly those moved, whatever the desk issues meanwhile.
        var billIds = await db.Bills.Where(bill => bill.PatientId == merged.DuplicateId).Select(bill => bill.Id).ToListAsync(cancellationToken);
        await db.Bills.Where(bill => billIds.Contains(bill.Id))
            .ExecuteUpdateAsync(bills => bills.SetProperty(bill => bill.PatientId, merged.SurvivorId), cancellationToken);
        db.PatientMerges.Add(new PatientMerge
        {
            MergeId = merged.MergeId,
            SurvivorId = merged.SurvivorId,
            DuplicateId = merged.DuplicateId,
            MergedAt = merged.MergedAt,
            Bills = [.. billIds.Select(billId => new MergedBill { MergeId = merged.MergeId, BillId = billId })],
        });
    }

    public static async Task Handle(PatientMergeUndone undone, BillingDbContext db, ILogger logger, CancellationToken cancellationToken)
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

        // A bill a later merge took on from the survivor has gone with it and stays where it is.
        var moved = db.MergedBills.Where(record => record.MergeId == merge.MergeId).Select(record => record.BillId);
        await db.Bills.Where(bill => moved.Contains(bill.Id) && bill.PatientId == merge.SurvivorId)
            .ExecuteUpdateAsync(bills => bills.SetProperty(bill => bill.PatientId, merge.DuplicateId), cancellationToken);
        await db.MergedBills.Where(record => record.MergeId == merge.MergeId).ExecuteDeleteAsync(cancellationToken);
        merge.UndoneAt = undone.UndoneAt;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Merge {MergeId} was undone before billing applied it; it moves no bills")]
    private static partial void LogUndoOfUnknownMerge(ILogger logger, Guid mergeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Merge {MergeId} arrived after its undo; it moves no bills")]
    private static partial void LogMergeAfterUndo(ILogger logger, Guid mergeId);
}
