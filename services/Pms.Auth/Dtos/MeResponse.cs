namespace Pms.Auth.Dtos;

public sealed record MeResponse(Guid UserId, string Email, string FirstName, string LastName, IReadOnlyList<string> Roles);
