namespace Pms.Auth.Apis;

public sealed record MeResponse(Guid UserId, string Email, string FirstName, string LastName, IReadOnlyList<string> Roles);
