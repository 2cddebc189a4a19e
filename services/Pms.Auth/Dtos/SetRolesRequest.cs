namespace Pms.Auth.Dtos;

/// <param name="DateOfBirth">Needed when the account becomes a Patient and has none: its patient record needs one.</param>
public sealed record SetRolesRequest(IReadOnlyList<string>? Roles, DateOnly? DateOfBirth = null);
