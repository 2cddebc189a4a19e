namespace Pms.Contracts.Events;

/// <summary>A patient's record changed; carries the current names and contact data.</summary>
public sealed record PatientUpdated(
    Guid PatientId,
    string Mrn,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string Sex,
    string? Email,
    string? PhoneNumber,
    Guid? AuthUserId) : IntegrationEvent
{
    public override string Source => ResourceNames.Patients;

    public override string Subject => PatientId.ToString();
}
