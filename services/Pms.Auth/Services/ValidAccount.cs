namespace Pms.Auth.Services;

/// <summary>An account's sign-in and name fields that passed <see cref="RegistrationValidator"/>; the email is trimmed.</summary>
public sealed record ValidAccount(string Email, string Password, string FirstName, string LastName);
