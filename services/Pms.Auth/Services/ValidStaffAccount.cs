namespace Pms.Auth.Services;

/// <summary>A staff account that passed <see cref="RegistrationValidator"/>, with its distinct staff roles.</summary>
public sealed record ValidStaffAccount(ValidAccount Account, IReadOnlyList<string> Roles);
