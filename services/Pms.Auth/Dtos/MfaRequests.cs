namespace Pms.Auth.Dtos;

public sealed record MfaLoginRequest(string? MfaToken, string? Code);

public sealed record TotpConfirmRequest(string? Code);

public sealed record TotpSetupResponse(string Secret, string OtpauthUri);

/// <summary>The recovery codes, shown once; and the token pair when the confirmation finished a sign-in.</summary>
public sealed record TotpConfirmResponse(IReadOnlyList<string> RecoveryCodes)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? AccessToken { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? RefreshToken { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? ExpiresIn { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? TokenType { get; init; }
}
