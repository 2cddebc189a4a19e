using System.Security.Cryptography;
using Aspire.Hosting.Publishing;

namespace Pms.AppHost.Infrastructure;

/// <summary>
/// Generates an RSA private key (PKCS#8 PEM) for token signing in local runs; persisted with the
/// AppHost's user secrets so tokens survive restarts. Deployments supply their own key.
/// </summary>
public sealed class SigningKeyParameterDefault : ParameterDefault
{
    public override string GetDefaultValue()
    {
        using var rsa = RSA.Create(3072);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    public override void WriteToManifest(ManifestPublishingContext context)
    {
    }
}
