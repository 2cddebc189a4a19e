namespace Pms.Web.Gateway.Models;

public sealed record EmergencyContact(string? Name, string? Relationship, string? PhoneNumber);
