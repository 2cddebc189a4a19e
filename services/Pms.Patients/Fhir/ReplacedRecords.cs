using Microsoft.EntityFrameworkCore;
using Pms.Patients.Infrastructure;

namespace Pms.Patients.Fhir;

public static class ReplacedRecords
{
    /// <summary>The records each of <paramref name="survivorIds"/> replaced through merges that stand: FHIR's <c>replaces</c> links.</summary>
    public static async Task<ILookup<Guid, Guid>> ReplacedByAsync(this PatientDbContext db, IReadOnlyCollection<Guid> survivorIds, CancellationToken cancellationToken)
    {
        var merged = await db.Patients.AsNoTracking()
            .Where(duplicate => duplicate.ReplacedBy != null && survivorIds.Contains(duplicate.ReplacedBy.Value))
            .Select(duplicate => new { Survivor = duplicate.ReplacedBy!.Value, duplicate.Id })
            .ToListAsync(cancellationToken);
        return merged.ToLookup(pair => pair.Survivor, pair => pair.Id);
    }
}
