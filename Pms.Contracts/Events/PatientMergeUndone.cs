namespace Pms.Contracts.Events;

/// <summary>An administrator undid a merge: what each service moved under <see cref="MergeId"/> goes back to the duplicate.</summary>
public sealed record PatientMergeUndone(Guid MergeId, Guid SurvivorId, Guid DuplicateId, DateTimeOffset UndoneAt) : IntegrationEvent
{
    public override string Source => ResourceNames.Patients;

    public override string Subject => DuplicateId.ToString();
}
