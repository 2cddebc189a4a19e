namespace Pms.Auth.Dtos;

public sealed record RegisterResponse(Guid UserId);
