namespace Pms.Auth.Apis;

public sealed record RegisterResponse(Guid UserId);
