namespace Pms.Auth.Apis;

public sealed record RefreshRequest(string? RefreshToken);
