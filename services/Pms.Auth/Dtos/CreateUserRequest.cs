namespace Pms.Auth.Dtos;

public sealed record CreateUserRequest(string? Email, string? Password, string? FirstName, string? LastName, IReadOnlyList<string>? Roles);
