using Microsoft.EntityFrameworkCore;
using Pms.Notifications.Infrastructure;

namespace Pms.Notifications.Services;

public static class MergedRecords
{
    // A survivor may itself be merged into another record later; the bound only keeps a cycle of merges, however it
    // came about, from holding a message up forever.
    private const int MostMerges = 8;

    /// <summary>The record messages due to <paramref name="patientId"/> go to: the survivor of the merges it is part of, or itself.</summary>
    public static async Task<Guid> RecipientRecordAsync(this NotificationDbContext db, Guid patientId, CancellationToken cancellationToken)
    {
        for (var merges = 0; merges < MostMerges; merges++)
        {
            var survivor = await db.PatientMerges
                .Where(merge => merge.DuplicateId == patientId && merge.MergedAt != null && merge.UndoneAt == null)
                .Select(merge => (Guid?)merge.SurvivorId)
                .FirstOrDefaultAsync(cancellationToken);
            if (survivor is null)
            {
                return patientId;
            }

            patientId = survivor.Value;
        }

        return patientId;
    }
}
