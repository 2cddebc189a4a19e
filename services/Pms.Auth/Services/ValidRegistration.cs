namespace Pms.Auth.Services;

/// <summary>A self-registration that passed <see cref="RegistrationValidator"/>; the phone number is in E.164.</summary>
public sealed record ValidRegistration(ValidAccount Account, string? PhoneNumber, DateOnly DateOfBirth, string? Sex);
