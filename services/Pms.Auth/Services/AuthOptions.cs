namespace Pms.Auth.Services;

/// <summary>Section <c>Auth</c>; secrets come from AppHost parameters.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>RSA private key, PKCS#8 PEM, that signs access tokens.</summary>
    public string SigningKey { get; set; } = "";

    public string AdminEmail { get; set; } = "admin@pms.local";

    public string? AdminPassword { get; set; }
}
