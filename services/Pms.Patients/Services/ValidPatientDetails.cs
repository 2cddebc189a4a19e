using Pms.Patients.Model;

namespace Pms.Patients.Services;

/// <summary>Patient details that passed <see cref="PatientValidator"/>: trimmed, blanks as null, phone numbers in E.164.</summary>
public sealed record ValidPatientDetails(
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    Sex Sex,
    string? PhoneNumber,
    string? Email,
    Address? Address,
    EmergencyContact? EmergencyContact,
    uint? Version,
    IReadOnlyList<PatientIdentifier> Identifiers,
    bool Active,
    DateOnly? DeceasedOn,
    string? PreferredLanguage);
