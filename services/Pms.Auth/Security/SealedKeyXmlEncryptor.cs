using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Pms.Auth.Services.Keys;

namespace Pms.Auth.Security;

/// <summary>
/// Seals the data-protection keys auth-service keeps in authdb with the signing ring's root (AES-GCM, like the ring's
/// own keys), so a copy of the database alone cannot forge a password-reset link.
/// </summary>
public sealed class SealedKeyXmlEncryptor(SigningKeyProtector protector) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        return new EncryptedXmlInfo(
            new XElement(SealedKeyXmlDecryptor.ElementName, Convert.ToBase64String(protector.Protect(plaintext, SealedKeyXmlDecryptor.Purpose))),
            typeof(SealedKeyXmlDecryptor));
    }
}

/// <summary>Opens what <see cref="SealedKeyXmlEncryptor"/> sealed; data protection creates it with the service provider.</summary>
public sealed class SealedKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public const string ElementName = "sealedKey";

    /// <summary>Binds a sealed data-protection key to its kind, so it never opens as a signing key or the reverse.</summary>
    public const string Purpose = "pms auth data-protection key v1";

    public XElement Decrypt(XElement encryptedElement)
    {
        var plaintext = services.GetRequiredService<SigningKeyProtector>().Unprotect(Convert.FromBase64String(encryptedElement.Value), Purpose)
            ?? throw new InvalidOperationException(
                "A data-protection key in authdb was sealed under another Auth:SigningKey: the password-reset links it protected no longer open.");
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
