namespace Pms.Auth.Services;

/// <summary>Section <c>Auth</c>; secrets come from AppHost parameters.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>RSA private key, PKCS#8 PEM, that signs access tokens.</summary>
    public string SigningKey { get; set; } = "";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    public string AdminEmail { get; set; } = "admin@pms.local";

    public string? AdminPassword { get; set; }

    /// <summary>Client id → client secret of each service that may ask for a service token.</summary>
    public Dictionary<string, string> ServiceClients { get; set; } = [];
}
