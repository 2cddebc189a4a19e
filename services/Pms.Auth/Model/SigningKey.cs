namespace Pms.Auth.Model;

/// <summary>One RSA key of the token-signing ring; its private half is stored encrypted (<see cref="Services.Keys.SigningKeyProtector"/>).</summary>
public sealed class SigningKey
{
    /// <summary>The JWK <c>kid</c>: the base64url SHA-256 of the public key.</summary>
    public string Id { get; set; } = "";

    public SigningKeyStatus Status { get; set; }

    public byte[] ProtectedPrivateKey { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }
}
