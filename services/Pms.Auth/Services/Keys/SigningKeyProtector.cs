using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Pms.ServiceDefaults.DataProtection;

namespace Pms.Auth.Services.Keys;

/// <summary>
/// The configured <c>Auth:SigningKey</c> is the ring's root: it is the first signing key, and a key derived from it
/// (HKDF-SHA256) encrypts every ring key's private half with AES-GCM, so a copy of the database alone cannot sign tokens.
/// </summary>
public sealed class SigningKeyProtector
{
    private const string Use = "pms auth signing-key ring v1";

    public SigningKeyProtector(IOptions<AuthOptions> options)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SigningKey))
        {
            throw new InvalidOperationException("Auth:SigningKey (an RSA private key in PEM) is required; the AppHost passes its auth-signing-key parameter.");
        }

        using var root = RSA.Create();
        root.ImportFromPem(options.Value.SigningKey);
        RootKey = root.ExportPkcs8PrivateKey();
        Seal = new KeySeal(RootKey, Use);
    }

    /// <summary>The configured key, PKCS#8: the ring starts with it.</summary>
    public byte[] RootKey { get; }

    /// <summary>The seal of everything auth-service keeps secret under the root: the ring's keys and its data-protection keys.</summary>
    public KeySeal Seal { get; }

    /// <param name="purpose">
    /// What else is sealed under the root besides the ring's keys names itself here, so a sealed value of one kind never
    /// opens as another.
    /// </param>
    public byte[] Protect(byte[] privateKey, string? purpose = null) => Seal.Seal(privateKey, purpose);

    /// <summary>The private key, or null when it was sealed under another root key (the configured key was replaced) or for another purpose.</summary>
    public byte[]? Unprotect(byte[] sealedKey, string? purpose = null) => Seal.Open(sealedKey, purpose);
}
