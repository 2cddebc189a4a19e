namespace Pms.Contracts.Events;

/// <summary>A person created a Patient account; patient-service creates their record.</summary>
public sealed record PatientAccountRegistered(
    Guid UserId,
    string Email,
    string FirstName,
    string LastName,
    string? PhoneNumber,
    DateOnly DateOfBirth) : IntegrationEvent
{
    public override string Source => ResourceNames.Auth;

    public override string Subject => UserId.ToString();
}
