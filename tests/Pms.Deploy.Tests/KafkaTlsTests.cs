namespace Pms.Deploy.Tests;

/// <summary>
/// The kafka-tls component, added by a site's overlay, puts TLS under Kafka's sign-ins: the broker's clients listener
/// takes SASL_SSL with the certificate of Secret kafka-tls, and every Kafka client trusts only that Secret's authority.
/// </summary>
public sealed class KafkaTlsTests(RenderedSystem plain, KafkaTlsTests.SystemWithKafkaTls system) : IClassFixture<KafkaTlsTests.SystemWithKafkaTls>
{
    private const string TlsSecret = "kafka-tls";

    [Fact]
    public void TheBrokersClientsListenerTakesTlsWithTheMountedCertificate()
    {
        var settings = Settings(system, Broker(system));

        Assert.Equal("CONTROLLER:PLAINTEXT,INTERNAL:PLAINTEXT,CLIENTS:SASL_SSL", settings["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"]);
        Assert.Equal("PEM", settings["KAFKA_LISTENER_NAME_CLIENTS_SSL_KEYSTORE_TYPE"]);
        Assert.Equal(KafkaBrokerTls.KeyStorePath, settings["KAFKA_LISTENER_NAME_CLIENTS_SSL_KEYSTORE_LOCATION"]);
        // The image's start script asks for a JKS key store of its own once an advertised listener is named *SSL.
        Assert.DoesNotContain("SSL://", settings["KAFKA_ADVERTISED_LISTENERS"], StringComparison.Ordinal);
        string[] changed =
        [
            "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "KAFKA_LISTENER_NAME_CLIENTS_SSL_KEYSTORE_TYPE",
            "KAFKA_LISTENER_NAME_CLIENTS_SSL_KEYSTORE_LOCATION", KafkaBrokerTls.CertificateFolderVariable,
        ];
        Assert.Equal(
            Settings(plain, Broker(plain)).Where(setting => !changed.Contains(setting.Key)),
            settings.Where(setting => !changed.Contains(setting.Key)));

        var certificateFolder = settings[KafkaBrokerTls.CertificateFolderVariable];
        var pod = system.Named<V1StatefulSet>(ResourceNames.Kafka).Spec.Template.Spec;
        Assert.Equal(["tls.crt", "tls.key"], SecretKeysMountedAt(pod, Broker(system), certificateFolder));
        var start = Broker(system).Args[^1];
        Assert.Contains($"keystore={KafkaBrokerTls.KeyStorePath}", start, StringComparison.Ordinal);
        Assert.Contains("cat \"$certificates/tls.key\" \"$certificates/tls.crt\" > \"$keystore\"", start, StringComparison.Ordinal);
        Assert.Contains("BEGIN PRIVATE KEY", start, StringComparison.Ordinal);
        var scratch = Broker(system).VolumeMounts.Single(mount => KafkaBrokerTls.KeyStorePath.StartsWith(mount.MountPath + "/", StringComparison.Ordinal));
        Assert.NotNull(pod.Volumes.Single(volume => volume.Name == scratch.Name).EmptyDir);
    }

    [Fact]
    public void EveryKafkaClientSpeaksTlsAndTrustsOnlyTheAuthorityOfTheSecret()
    {
        var services = system.OfKind<V1Deployment>()
            .Where(deployment => Settings(system, Container(deployment.Spec.Template)).ContainsKey($"ConnectionStrings__{ResourceNames.Kafka}"))
            .ToList();
        Assert.Equal(5, services.Count);

        foreach (var service in services)
        {
            var container = Container(service.Spec.Template);
            var settings = Settings(system, container);
            Assert.Equal("SaslSsl", settings["Kafka__SecurityProtocol"]);
            var authority = settings["Kafka__SslCaLocation"];
            Assert.Equal(["ca.crt"], SecretKeysMountedAt(service.Spec.Template.Spec, container, Path.GetDirectoryName(authority)!));
            Assert.Equal("ca.crt", Path.GetFileName(authority));
        }

        var readersOfTheKey = system.Pods
            .Where(pod => pod.Pod.Volumes?.Any(volume => volume.Secret?.SecretName == TlsSecret && volume.Secret.Items.Any(item => item.Key == "tls.key")) == true)
            .Select(pod => pod.Name);
        Assert.Equal([ResourceNames.Kafka], readersOfTheKey);
    }

    [Fact]
    public void TheSetupJobSignsInOverTlsTrustingTheSameAuthority()
    {
        var job = system.Named<V1Job>("kafka-setup").Spec.Template;
        var container = Container(job);
        var variables = container.Env.Where(variable => variable.Value is not null).ToDictionary(variable => variable.Name, variable => variable.Value);
        var script = system.OfKind<V1ConfigMap>().Single(map => map.Metadata.Name.StartsWith("kafka-setup", StringComparison.Ordinal)).Data["kafka-setup.sh"];

        Assert.Equal("SASL_SSL", variables["KAFKA_SECURITY_PROTOCOL"]);
        Assert.Equal(["ca.crt"], SecretKeysMountedAt(job.Spec, container, Path.GetDirectoryName(variables["KAFKA_TRUSTED_AUTHORITY"])!));
        Assert.Contains("security.protocol=${KAFKA_SECURITY_PROTOCOL:-SASL_PLAINTEXT}", script, StringComparison.Ordinal);
        Assert.Contains("ssl.truststore.type=PEM\\nssl.truststore.location=%s\\n' \"${KAFKA_TRUSTED_AUTHORITY}\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("KAFKA_SECURITY_PROTOCOL", Container(plain.Named<V1Job>("kafka-setup").Spec.Template).Env.Select(variable => variable.Name));
    }

    [Fact]
    public void TheComponentChangesNoObjectsButTheKafkaClientsAndTheirSettings()
    {
        Assert.Equal(Identities(plain), Identities(system));
    }

    private static IEnumerable<string> Identities(RenderedSystem rendered) =>
        rendered.Objects.OfType<IKubernetesObject<V1ObjectMeta>>()
            .Select(item => $"{item.Kind}/{(item is V1ConfigMap or V1Secret ? item.Metadata.Name[..item.Metadata.Name.LastIndexOf('-')] : item.Metadata.Name)}")
            .Order(StringComparer.Ordinal);

    private static V1Container Broker(RenderedSystem rendered) => Container(rendered.Named<V1StatefulSet>(ResourceNames.Kafka).Spec.Template);

    private static V1Container Container(V1PodTemplateSpec template) => Assert.Single(template.Spec.Containers);

    private static Dictionary<string, string> Settings(RenderedSystem rendered, V1Container container) =>
        rendered.OfKind<V1ConfigMap>().SingleOrDefault(map => container.EnvFrom?.Any(source => source.ConfigMapRef?.Name == map.Metadata.Name) == true)?.Data.ToDictionary()
        ?? [];

    /// <summary>The keys of the TLS Secret a container sees in a folder, mounted read-only.</summary>
    private static IEnumerable<string> SecretKeysMountedAt(V1PodSpec pod, V1Container container, string folder)
    {
        var mount = Assert.Single(container.VolumeMounts, mount => mount.MountPath == folder);
        Assert.True(mount.ReadOnlyProperty);
        var secret = Assert.Single(pod.Volumes, volume => volume.Name == mount.Name).Secret;
        Assert.Equal(TlsSecret, secret.SecretName);
        return secret.Items.Select(item => item.Key).Order(StringComparer.Ordinal);
    }

    public sealed class SystemWithKafkaTls() : RenderedSystem([Components.KafkaTlsComponent.Folder]);
}
