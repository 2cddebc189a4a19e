namespace Pms.Auth.Apis;

public sealed record LoginRequest(string? Email, string? Password);
