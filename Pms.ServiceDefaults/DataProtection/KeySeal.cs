using System.Security.Cryptography;
using System.Text;

namespace Pms.ServiceDefaults.DataProtection;

/// <summary>
/// AES-GCM under a key derived (HKDF-SHA256) from a service's root secret for one use: what is sealed opens only with
/// the same secret and use, and with the same label (bound as associated data), so a sealed value of one kind never
/// opens as another.
/// </summary>
public sealed class KeySeal
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _key;

    public KeySeal(byte[] rootSecret, string use) =>
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, rootSecret, 32, salt: [], info: Encoding.UTF8.GetBytes(use));

    public byte[] Seal(ReadOnlySpan<byte> plaintext, string? label = null)
    {
        var sealedValue = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize), AssociatedData(label));
        return sealedValue;
    }

    /// <summary>The plaintext, or null when the value was sealed under another secret or label, or altered.</summary>
    public byte[]? Open(ReadOnlySpan<byte> sealedValue, string? label = null)
    {
        if (sealedValue.Length <= NonceSize + TagSize)
        {
            return null;
        }

        var plaintext = new byte[sealedValue.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        try
        {
            aes.Decrypt(sealedValue[..NonceSize], sealedValue[(NonceSize + TagSize)..], sealedValue.Slice(NonceSize, TagSize), plaintext, AssociatedData(label));
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    private static byte[]? AssociatedData(string? label) => label is null ? null : Encoding.UTF8.GetBytes(label);
}
