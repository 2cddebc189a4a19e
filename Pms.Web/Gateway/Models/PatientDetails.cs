namespace Pms.Web.Gateway.Models;

/// <summary>
/// A patient's details as the gateway takes them, to register a walk-in or to replace a record's details: all of them,
/// since identifiers left out are removed and a record left without <see cref="Active"/> becomes active again.
/// </summary>
public sealed record PatientDetails(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    string? Sex,
    string? PhoneNumber,
    string? Email,
    Address? Address,
    EmergencyContact? EmergencyContact,
    uint? Version,
    IReadOnlyList<PatientIdentifier> Identifiers,
    bool Active,
    DateOnly? DeceasedOn,
    string? PreferredLanguage);
