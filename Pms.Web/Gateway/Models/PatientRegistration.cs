namespace Pms.Web.Gateway.Models;

public sealed record PatientRegistration(string Email, string Password, string FirstName, string LastName, string? PhoneNumber, DateOnly? DateOfBirth, string? Sex);
