using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Pms.Auth.Services.Keys;

/// <summary>
/// The configured <c>Auth:SigningKey</c> is the ring's root: it is the first signing key, and a key derived from it
/// (HKDF-SHA256) encrypts every ring key's private half with AES-GCM, so a copy of the database alone cannot sign tokens.
/// </summary>
public sealed class SigningKeyProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Purpose = "pms auth signing-key ring v1"u8.ToArray();

    private readonly byte[] _encryptionKey;

    public SigningKeyProtector(IOptions<AuthOptions> options)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SigningKey))
        {
            throw new InvalidOperationException("Auth:SigningKey (an RSA private key in PEM) is required; the AppHost passes its auth-signing-key parameter.");
        }

        using var root = RSA.Create();
        root.ImportFromPem(options.Value.SigningKey);
        RootKey = root.ExportPkcs8PrivateKey();
        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, RootKey, 32, salt: [], info: Purpose);
    }

    /// <summary>The configured key, PKCS#8: the ring starts with it.</summary>
    public byte[] RootKey { get; }

    /// <param name="purpose">
    /// What else is sealed under the root besides the ring's keys names itself here (bound as associated data), so a
    /// sealed value of one kind never opens as another.
    /// </param>
    public byte[] Protect(byte[] privateKey, string? purpose = null)
    {
        var sealedKey = new byte[NonceSize + TagSize + privateKey.Length];
        var nonce = sealedKey.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, privateKey, sealedKey.AsSpan(NonceSize + TagSize), sealedKey.AsSpan(NonceSize, TagSize), AssociatedData(purpose));
        return sealedKey;
    }

    /// <summary>The private key, or null when it was sealed under another root key (the configured key was replaced) or for another purpose.</summary>
    public byte[]? Unprotect(byte[] sealedKey, string? purpose = null)
    {
        if (sealedKey.Length <= NonceSize + TagSize)
        {
            return null;
        }

        var privateKey = new byte[sealedKey.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        try
        {
            aes.Decrypt(sealedKey.AsSpan(0, NonceSize), sealedKey.AsSpan(NonceSize + TagSize), sealedKey.AsSpan(NonceSize, TagSize), privateKey,
                AssociatedData(purpose));
            return privateKey;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    private static byte[]? AssociatedData(string? purpose) => purpose is null ? null : System.Text.Encoding.UTF8.GetBytes(purpose);
}
