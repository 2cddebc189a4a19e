namespace Pms.Contracts;

/// <summary>
/// The cluster broker's optional TLS listener, switched on by the deployment's kafka-tls component: when the
/// certificate folder is set, the broker's start script joins the folder's PKCS#8 key and certificate chain into the
/// PEM key store the listener reads.
/// </summary>
public static class KafkaBrokerTls
{
    /// <summary>Environment variable of the broker naming the folder with <c>tls.key</c> and <c>tls.crt</c>.</summary>
    public const string CertificateFolderVariable = "TLS_CERTIFICATE_FOLDER";

    public const string KeyStorePath = "/tmp/kafka-tls/keystore.pem";
}
