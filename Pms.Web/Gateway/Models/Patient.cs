namespace Pms.Web.Gateway.Models;

/// <summary>A patient's record; <see cref="ReplacedBy"/> names the record a merged duplicate now lives on.</summary>
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
    string? PreferredLanguage,
    Guid? ReplacedBy)
{
    public string FullName => $"{FirstName} {LastName}";
}
