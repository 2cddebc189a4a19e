namespace Pms.Web.Gateway.Models;

/// <summary>A patient's details as the gateway takes them, to register a walk-in or to change a record.</summary>
public sealed record PatientDetails(
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    string? Sex,
    string? PhoneNumber,
    string? Email,
    Address? Address,
    EmergencyContact? EmergencyContact,
    uint? Version = null);
