namespace Pms.Auth.Dtos;

public sealed record UserDto(
    Guid Id,
    string Email,
    string FirstName,
    string LastName,
    IReadOnlyList<string> Roles,
    string Status,
    DateTimeOffset CreatedAt);
