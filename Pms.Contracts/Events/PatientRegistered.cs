namespace Pms.Contracts.Events;

/// <summary>A patient record was created (self-registration or walk-in), with the contact data notifications need.</summary>
public sealed record PatientRegistered(
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
