namespace Pms.Contracts.Events;

/// <summary>
/// Staff merged a duplicate record into the surviving one: whatever other services keep about the duplicate now
/// belongs to the survivor. Each service remembers what it moved under <see cref="MergeId"/>, so that
/// <see cref="PatientMergeUndone"/> moves back exactly that and nothing recorded for the survivor since.
/// </summary>
public sealed record PatientsMerged(Guid MergeId, Guid SurvivorId, Guid DuplicateId, DateTimeOffset MergedAt) : IntegrationEvent
{
    public override string Source => ResourceNames.Patients;

    /// <summary>The duplicate: its data is what moves, and its earlier events share its partition.</summary>
    public override string Subject => DuplicateId.ToString();
}
