namespace Pms.Auth.Apis;

public sealed record CreateUserRequest(string? Email, string? Password, string? FirstName, string? LastName, IReadOnlyList<string>? Roles);
