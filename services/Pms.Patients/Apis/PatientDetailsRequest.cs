using Pms.Patients.Model;

namespace Pms.Patients.Apis;

/// <summary>A patient's details as a client sends them, to register a walk-in or to update a record.</summary>
public sealed record PatientDetailsRequest(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    string? Sex,
    string? PhoneNumber,
    string? Email,
    Address? Address,
    EmergencyContact? EmergencyContact,
    uint? Version = null);
