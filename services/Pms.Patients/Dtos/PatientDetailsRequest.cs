using Pms.Patients.Model;
using Pms.ServiceDefaults.Phones;

namespace Pms.Patients.Dtos;

/// <summary>
/// A patient's details as a client sends them, to register a walk-in or to replace a record's details (all of them:
/// identifiers left out are removed, <see cref="Active"/> left out is true).
/// </summary>
public sealed record PatientDetailsRequest(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    string? Sex,
    string? PhoneNumber,
    string? Email,
    Address? Address,
    EmergencyContact? EmergencyContact,
    uint? Version = null,
    IReadOnlyList<IdentifierRequest>? Identifiers = null,
    bool? Active = null,
    DateOnly? DeceasedOn = null,
    string? PreferredLanguage = null)
{
    /// <summary>The same details with their phone numbers as PMS stores them, in E.164; call it once they are valid.</summary>
    public PatientDetailsRequest WithPhonesInE164(string region) => this with
    {
        PhoneNumber = E164.From(PhoneNumber, region),
        EmergencyContact = EmergencyContact is { } contact ? contact with { PhoneNumber = E164.From(contact.PhoneNumber, region) } : null,
    };
}
