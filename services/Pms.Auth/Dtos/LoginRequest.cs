namespace Pms.Auth.Dtos;

public sealed record LoginRequest(string? Email, string? Password);
