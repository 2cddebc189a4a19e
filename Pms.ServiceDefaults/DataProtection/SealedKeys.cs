using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Pms.ServiceDefaults.DataProtection;

/// <summary>
/// How a service seals the data-protection keys it keeps in a shared store (a database, Redis), so that a copy of the
/// store alone cannot forge what the keys protect: the seal, the label every sealed key carries, and what to say when a
/// key was sealed under another secret.
/// </summary>
public sealed record DataProtectionKeySeal(KeySeal Seal, string Label, string UnopenableKeyMessage);

public static class SealedKeys
{
    /// <summary>Seals every key this service's data protection writes, and opens them on read.</summary>
    public static IDataProtectionBuilder SealKeysWith(this IDataProtectionBuilder dataProtection, Func<IServiceProvider, DataProtectionKeySeal> seal)
    {
        dataProtection.Services.AddSingleton(seal);
        dataProtection.Services.AddOptions<KeyManagementOptions>()
            .Configure<DataProtectionKeySeal>((options, keySeal) => options.XmlEncryptor = new SealedKeyXmlEncryptor(keySeal));
        return dataProtection;
    }
}

/// <summary>Seals a data-protection key's XML with the service's <see cref="DataProtectionKeySeal"/>.</summary>
public sealed class SealedKeyXmlEncryptor(DataProtectionKeySeal keySeal) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        return new EncryptedXmlInfo(
            new XElement(SealedKeyXmlDecryptor.ElementName, Convert.ToBase64String(keySeal.Seal.Seal(plaintext, keySeal.Label))),
            typeof(SealedKeyXmlDecryptor));
    }
}

/// <summary>Opens what <see cref="SealedKeyXmlEncryptor"/> sealed; data protection creates it with the service provider.</summary>
public sealed class SealedKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public const string ElementName = "sealedKey";

    public XElement Decrypt(XElement encryptedElement)
    {
        var keySeal = services.GetRequiredService<DataProtectionKeySeal>();
        var plaintext = keySeal.Seal.Open(Convert.FromBase64String(encryptedElement.Value), keySeal.Label)
            ?? throw new InvalidOperationException(keySeal.UnopenableKeyMessage);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
