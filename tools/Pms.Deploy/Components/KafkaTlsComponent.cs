using k8s.Models;
using Pms.Contracts;
using Pms.Deploy.Containers;
using Pms.Deploy.Kustomize;
using Pms.Deploy.Output;

namespace Pms.Deploy.Components;

/// <summary>
/// components/kafka-tls: a kustomize component a site's overlay adds to put TLS under Kafka's SASL sign-ins. The
/// broker's clients listener becomes SASL_SSL with the certificate and key of Secret <see cref="Secret"/> (as
/// cert-manager writes it: tls.crt, a PKCS#8 tls.key, ca.crt), and every Kafka client (the services and the setup Job)
/// trusts only that Secret's ca.crt and checks the broker's host name against the certificate.
/// </summary>
public static class KafkaTlsComponent
{
    public const string Folder = "components/kafka-tls";
    public const string Secret = "kafka-tls";
    public const string AuthorityFolder = "/etc/pms/kafka-ca";
    public const string AuthorityFile = AuthorityFolder + "/ca.crt";
    private const string BrokerCertificateFolder = "/etc/kafka/tls";
    private const string PlainClientsListener = "CLIENTS:SASL_PLAINTEXT";
    private const string TlsClientsListener = "CLIENTS:SASL_SSL";

    private const string Note =
        """
        Optional TLS for Kafka: add this component to your overlay (components: [<path to aspirate-output>/components/kafka-tls])
        and create Secret "kafka-tls" in the namespace with tls.crt (the broker's certificate chain, for the DNS name
        "kafka", the address clients dial), tls.key (its key, unencrypted PKCS#8: "BEGIN PRIVATE KEY") and ca.crt (the
        authority that signed it), e.g. with a cert-manager Certificate (privateKey.encoding: PKCS8). The broker's clients
        listener then takes SASL_SSL, and the services and the kafka-setup Job trust only that ca.crt. After a renewal,
        restart the broker (kubectl rollout restart statefulset/kafka). See docs/deployment.md.
        """;

    /// <param name="brokerSettings">The broker's settings in the AppHost, whose listener map gains TLS.</param>
    public static IReadOnlyList<OutputFile> Build(IReadOnlyDictionary<string, string> brokerSettings)
    {
        const string protocolMapSetting = "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP";
        var protocolMap = brokerSettings.TryGetValue(protocolMapSetting, out var map) && map.Contains(PlainClientsListener, StringComparison.Ordinal)
            ? map.Replace(PlainClientsListener, TlsClientsListener, StringComparison.Ordinal)
            : throw new InvalidOperationException($"The broker's {protocolMapSetting} has no {PlainClientsListener} listener to put TLS under.");

        var kustomization = new Kustomization
        {
            ApiVersion = "kustomize.config.k8s.io/v1alpha1",
            Kind = "Component",
            ConfigMapGenerator =
            [
                Merge(ResourceNames.Kafka, new Dictionary<string, string>
                {
                    [protocolMapSetting] = protocolMap,
                    ["KAFKA_LISTENER_NAME_CLIENTS_SSL_KEYSTORE_TYPE"] = "PEM",
                    ["KAFKA_LISTENER_NAME_CLIENTS_SSL_KEYSTORE_LOCATION"] = KafkaBrokerTls.KeyStorePath,
                    [KafkaBrokerTls.CertificateFolderVariable] = BrokerCertificateFolder,
                }),
                .. KafkaUsers.Services.Select(service => Merge(service, new Dictionary<string, string>
                {
                    ["Kafka__SecurityProtocol"] = "SaslSsl",
                    ["Kafka__SslCaLocation"] = AuthorityFile,
                })),
            ],
            Patches = [],
        };

        var files = new List<OutputFile>();
        void AddPatch(string name, object patch)
        {
            var fileName = $"{name}.yaml";
            files.Add(new OutputFile($"{Folder}/{fileName}", YamlText.Write(patch)));
            kustomization.Patches.Add(new KustomizePatch { Path = fileName });
        }

        AddPatch(ResourceNames.Kafka, BrokerPatch());
        AddPatch(KafkaProfile.SetupJobName(ResourceNames.Kafka), SetupJobPatch());
        foreach (var service in KafkaUsers.Services)
        {
            AddPatch(service, ServicePatch(service));
        }

        files.Add(new OutputFile($"{Folder}/kustomization.yaml", YamlText.Write(kustomization, Note)));
        return files;
    }

    private static GeneratorArgs Merge(string workload, IReadOnlyDictionary<string, string> settings) => new()
    {
        Name = DeploymentNames.EnvironmentConfigMap(workload),
        Behavior = "merge",
        Literals = [.. settings.Select(setting => $"{setting.Key}={setting.Value}")],
    };

    private static V1StatefulSet BrokerPatch() => new()
    {
        ApiVersion = "apps/v1",
        Kind = "StatefulSet",
        Metadata = new V1ObjectMeta { Name = ResourceNames.Kafka },
        Spec = new V1StatefulSetSpec
        {
            Template = Mounting(ResourceNames.Kafka, "kafka-tls", BrokerCertificateFolder, "tls.crt", "tls.key"),
        },
    };

    private static V1Job SetupJobPatch()
    {
        var name = KafkaProfile.SetupJobName(ResourceNames.Kafka);
        var template = Mounting(name, "kafka-ca", AuthorityFolder, "ca.crt");
        template.Spec.Containers[0].Env =
        [
            new V1EnvVar { Name = KafkaSetupScript.SecurityProtocolVariable, Value = "SASL_SSL" },
            new V1EnvVar { Name = KafkaSetupScript.TrustedAuthorityVariable, Value = AuthorityFile },
        ];
        return new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta { Name = name },
            Spec = new V1JobSpec { Template = template },
        };
    }

    private static V1Deployment ServicePatch(string service) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = service },
        Spec = new V1DeploymentSpec { Template = Mounting(service, "kafka-ca", AuthorityFolder, "ca.crt") },
    };

    /// <summary>The pod template part that mounts only the named keys of the TLS Secret, read-only.</summary>
    private static V1PodTemplateSpec Mounting(string container, string volume, string folder, params string[] keys) => new()
    {
        Spec = new V1PodSpec
        {
            Containers = [new V1Container { Name = container, VolumeMounts = [new V1VolumeMount { Name = volume, MountPath = folder, ReadOnlyProperty = true }] }],
            Volumes =
            [
                new V1Volume
                {
                    Name = volume,
                    Secret = new V1SecretVolumeSource
                    {
                        SecretName = Secret,
                        Items = [.. keys.Select(key => new V1KeyToPath { Key = key, Path = key })],
                    },
                },
            ],
        },
    };
}
