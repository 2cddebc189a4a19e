namespace Pms.Auth.Dtos;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record ForgotPasswordRequest(string? Email);

public sealed record ResetPasswordRequest(string? Token, string? NewPassword);
