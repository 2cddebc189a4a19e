using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pms.Contracts.Events;

namespace Pms.ServiceDefaults.Merges;

/// <summary>
/// Moves a duplicate patient record's items (bills, messages) to the survivor when staff merge the two, and back when the
/// merge is undone. Each merge is remembered by its id rather than by event id, and kept once undone, so that a
/// redelivered merge or undo, or a merge that arrives after its undo, changes nothing. A service says only which items a
/// patient has and how to move them; the caller's unit of work saves the ledger.
/// </summary>
public abstract partial class PatientMergeLedger(DbContext db, ILogger logger)
{
    private DbSet<PatientMerge> Merges => db.Set<PatientMerge>();

    /// <summary>The ids of the items the patient's record holds.</summary>
    protected abstract IQueryable<Guid> ItemsOf(Guid patientId);

    /// <summary>Gives the items among <paramref name="itemIds"/> that <paramref name="from"/> still holds to <paramref name="to"/>.</summary>
    protected abstract Task MoveAsync(IReadOnlyCollection<Guid> itemIds, Guid from, Guid to, CancellationToken cancellationToken);

    public async Task ApplyAsync(PatientsMerged merged, CancellationToken cancellationToken)
    {
        if (await Merges.FindAsync([merged.MergeId], cancellationToken) is { } known)
        {
            if (known.MergedAt is null)
            {
                LogMergeAfterUndo(logger, merged.MergeId);
            }

            return;
        }

        // The items are named before they move, so that the ledger holds exactly those moved, whatever is added meanwhile.
        var itemIds = await ItemsOf(merged.DuplicateId).ToListAsync(cancellationToken);
        await MoveAsync(itemIds, merged.DuplicateId, merged.SurvivorId, cancellationToken);
        Merges.Add(new PatientMerge
        {
            MergeId = merged.MergeId,
            SurvivorId = merged.SurvivorId,
            DuplicateId = merged.DuplicateId,
            MergedAt = merged.MergedAt,
            Items = [.. itemIds.Select(itemId => new MergedItem { MergeId = merged.MergeId, ItemId = itemId })],
        });
    }

    public async Task UndoAsync(PatientMergeUndone undone, CancellationToken cancellationToken)
    {
        var merge = await Merges.FindAsync([undone.MergeId], cancellationToken);
        if (merge is null)
        {
            LogUndoOfUnknownMerge(logger, undone.MergeId);
            Merges.Add(new PatientMerge
            {
                MergeId = undone.MergeId, SurvivorId = undone.SurvivorId, DuplicateId = undone.DuplicateId, UndoneAt = undone.UndoneAt,
            });
            return;
        }

        if (merge.UndoneAt is not null)
        {
            return;
        }

        // An item a later merge took on from the survivor has gone with it and stays where it is.
        var moved = db.Set<MergedItem>().Where(item => item.MergeId == merge.MergeId);
        await MoveAsync(await moved.Select(item => item.ItemId).ToListAsync(cancellationToken), merge.SurvivorId, merge.DuplicateId, cancellationToken);
        await moved.ExecuteDeleteAsync(cancellationToken);
        merge.UndoneAt = undone.UndoneAt;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Merge {MergeId} was undone before it was applied here; it moves nothing")]
    private static partial void LogUndoOfUnknownMerge(ILogger logger, Guid mergeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Merge {MergeId} arrived after its undo; it moves nothing")]
    private static partial void LogMergeAfterUndo(ILogger logger, Guid mergeId);
}
