namespace Pms.Auth.Dtos;

public sealed record RefreshRequest(string? RefreshToken);
