namespace Pms.Web.Gateway.Models;

public sealed record Patient(
    Guid Id,
    string Mrn,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string Sex,
    string? Email,
    string? PhoneNumber,
    Address? Address,
    EmergencyContact? EmergencyContact,
    bool HasAccount,
    RegistrationFee RegistrationFee,
    DateTimeOffset CreatedAt,
    uint Version,
    IReadOnlyList<PatientIdentifier> Identifiers,
    bool Active,
    DateOnly? DeceasedOn,
    string? PreferredLanguage)
{
    public string FullName => $"{FirstName} {LastName}";
}
