using Pms.Contracts.Events;

namespace Pms.Testing;

/// <summary>The events patient-service publishes when staff merge two records and when the merge is undone.</summary>
public static class PatientMergeEvents
{
    public static PatientsMerged Merged(Guid survivorId, Guid duplicateId) => new(Guid.CreateVersion7(), survivorId, duplicateId, DateTimeOffset.UtcNow);

    public static PatientMergeUndone Undone(PatientsMerged merged) => new(merged.MergeId, merged.SurvivorId, merged.DuplicateId, DateTimeOffset.UtcNow);
}
