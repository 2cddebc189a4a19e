namespace Pms.Contracts.Events;

/// <summary>A person created a Patient account; patient-service creates their record.</summary>
/// <param name="PhoneNumber">In E.164.</param>
/// <param name="Sex">One of <see cref="PatientSexes.All"/>; absent from events of accounts created before registration asked.</param>
public sealed record PatientAccountRegistered(
    Guid UserId,
    string Email,
    string FirstName,
    string LastName,
    string? PhoneNumber,
    DateOnly DateOfBirth,
    string? Sex = null) : IntegrationEvent
{
    public override string Source => ResourceNames.Auth;

    public override string Subject => UserId.ToString();
}
