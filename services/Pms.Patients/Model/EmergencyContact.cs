namespace Pms.Patients.Model;

public sealed record EmergencyContact(string? Name, string? Relationship, string? PhoneNumber);
