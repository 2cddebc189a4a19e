using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Pms.Auth.Security;

/// <summary>
/// Keys auth-service sealed before the seal moved to the service defaults name this decryptor in authdb; it opens them
/// exactly as the shared one does, so password-reset links made before an upgrade keep working.
/// </summary>
public sealed class SealedKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        new ServiceDefaults.DataProtection.SealedKeyXmlDecryptor(services).Decrypt(encryptedElement);
}
