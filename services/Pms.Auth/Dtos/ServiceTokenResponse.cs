using System.Text.Json.Serialization;

namespace Pms.Auth.Dtos;

/// <summary>An OAuth 2.0 token response (RFC 6749 section 5.1).</summary>
public sealed record ServiceTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
