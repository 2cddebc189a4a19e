using System.Text.RegularExpressions;

namespace Pms.Deploy.Tests;

/// <summary>
/// Kafka in the cluster trusts nobody by default: every client signs in as itself, and each may write only the topics it
/// produces and read only those it consumes, so that an event on a topic can only come from that topic's owner.
/// </summary>
public sealed partial class KafkaSecurityTests(RenderedSystem system)
{
    private static readonly string[] KafkaClients =
        [ResourceNames.Auth, ResourceNames.Patients, ResourceNames.Billing, ResourceNames.Notifications, ResourceNames.Audit];

    private static readonly string[] ExpectedAcls =
    [
        "auth Write auth-patient-registration",
        "patients Read auth-patient-registration",
        "auth Write auth-account-notices",
        "notifications Read auth-account-notices",
        "patients Write patient",
        "billing Read patient",
        "notifications Read patient",
        "audit Read patient",
        "billing Write billing",
        "notifications Read billing",
        "auth Write audit",
        "patients Write audit",
        "billing Write audit",
        "notifications Write audit",
        "audit Write audit",
        "audit Read audit",
    ];

    [Fact]
    public void OtherPodsReachOnlyTheListenerThatAsksForASignIn()
    {
        var settings = KafkaSettings();

        Assert.Equal($"CLIENTS://{ResourceNames.Kafka}:{ServicePorts.Kafka},INTERNAL://localhost:9094", settings["KAFKA_ADVERTISED_LISTENERS"]);
        Assert.Equal("CLIENTS://:9092,CONTROLLER://localhost:9093,INTERNAL://localhost:9094", settings["KAFKA_LISTENERS"]);
        Assert.Equal("CONTROLLER:PLAINTEXT,INTERNAL:PLAINTEXT,CLIENTS:SASL_PLAINTEXT", settings["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"]);
        Assert.Equal("SCRAM-SHA-512", settings["KAFKA_SASL_ENABLED_MECHANISMS"]);
        Assert.Equal("org.apache.kafka.metadata.authorizer.StandardAuthorizer", settings["KAFKA_AUTHORIZER_CLASS_NAME"]);
        Assert.DoesNotContain("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", settings.Keys);
        var broker = Assert.Single(system.Named<V1StatefulSet>(ResourceNames.Kafka).Spec.Template.Spec.Containers);
        Assert.Contains(
            "kafka-configs.sh --bootstrap-server localhost:9094 --alter --entity-type users --entity-name admin --add-config \"SCRAM-SHA-512=[password=$SCRAM_ADMIN_PASSWORD]\"",
            broker.Args[^1], StringComparison.Ordinal);
        Assert.EndsWith("exec /etc/kafka/docker/run", broker.Args[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("CLUSTER_ID", settings.Keys);
    }

    [Fact]
    public void EveryKafkaClientSignsInAsItselfWithItsOwnPassword()
    {
        var clients = system.PodTemplates
            .Where(pod => Settings(Container(pod.Template)).ContainsKey($"ConnectionStrings__{ResourceNames.Kafka}"))
            .Select(pod => pod.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(KafkaClients.Order(StringComparer.Ordinal), clients);

        foreach (var client in KafkaClients)
        {
            var container = Container(system.Named<V1Deployment>(client).Spec.Template);
            var settings = Settings(container);
            Assert.Equal("SaslPlaintext", settings["Kafka__SecurityProtocol"]);
            Assert.Equal("ScramSha512", settings["Kafka__SaslMechanism"]);
            Assert.Equal(client, settings["Kafka__SaslUsername"]);
            Assert.Equal($"kafka-{client}-password", container.Env.Single(variable => variable.Name == "Kafka__SaslPassword").ValueFrom.SecretKeyRef.Key);
            Assert.Equal(new[] { client, "kafka-setup" }.Order(StringComparer.Ordinal), ReadersOf($"kafka-{client}-password"));
        }

        Assert.Equal([ResourceNames.Kafka, "kafka-setup"], ReadersOf("kafka-admin-password"));
    }

    [Fact]
    public void TheSetupJobGivesEachServiceOnlyTheRightsTheTopicTableGivesIt()
    {
        var script = system.OfKind<V1ConfigMap>().Single(map => map.Metadata.Name.StartsWith("kafka-setup", StringComparison.Ordinal)).Data["kafka-setup.sh"];
        var job = Container(system.Named<V1Job>("kafka-setup").Spec.Template);

        Assert.Equal(["/bin/bash", "/scripts/kafka-setup.sh"], job.Command);
        Assert.All(Topics.All, topic => Assert.Contains($"--create --if-not-exists --topic {topic} --partitions 3", script, StringComparison.Ordinal));
        Assert.All(KafkaClients, client => Assert.Contains(
            $"--entity-name {client} --add-config \"SCRAM-SHA-512=[password=${{KAFKA_{client.ToUpperInvariant()}_PASSWORD:?", script, StringComparison.Ordinal));
        var topicAcls = TopicAcl().Matches(script).Select(match => $"{match.Groups["user"]} {match.Groups["operation"]} {match.Groups["topic"]}");
        Assert.Equal(ExpectedAcls.Order(StringComparer.Ordinal), topicAcls.Order(StringComparer.Ordinal));
        var groupAcls = GroupAcl().Matches(script).Select(match => (match.Groups["user"].Value, match.Groups["group"].Value));
        Assert.All(groupAcls, acl => Assert.Equal(acl.Item1, acl.Item2));
        Assert.Equal(4, groupAcls.Count());
        Assert.Equal(AclLines(script), TopicAcl().Count(script) + GroupAcl().Count(script));
    }

    private Dictionary<string, string> KafkaSettings() =>
        system.OfKind<V1ConfigMap>().Single(map => map.Metadata.Name.StartsWith("kafka-env", StringComparison.Ordinal)).Data.ToDictionary();

    private static V1Container Container(V1PodTemplateSpec template) => Assert.Single(template.Spec.Containers);

    private IDictionary<string, string> Settings(V1Container container) =>
        system.OfKind<V1ConfigMap>().SingleOrDefault(map => container.EnvFrom?.Any(source => source.ConfigMapRef?.Name == map.Metadata.Name) == true)?.Data
        ?? new Dictionary<string, string>();

    private List<string> ReadersOf(string secretKey) =>
    [
        .. system.PodTemplates
            .Where(pod => pod.Template.Spec.Containers.SelectMany(container => container.Env ?? []).Any(variable => variable.ValueFrom?.SecretKeyRef?.Key == secretKey))
            .Select(pod => pod.Name)
            .Order(StringComparer.Ordinal),
    ];

    private static int AclLines(string script) => script.Split('\n').Count(line => line.StartsWith("kafka acls", StringComparison.Ordinal));

    [GeneratedRegex(@"^kafka acls --add --allow-principal User:(?<user>\S+) --operation (?<operation>Write|Read) --operation Describe --topic (?<topic>\S+)$", RegexOptions.Multiline)]
    private static partial Regex TopicAcl();

    [GeneratedRegex(@"^kafka acls --add --allow-principal User:(?<user>\S+) --operation Read --group (?<group>\S+)$", RegexOptions.Multiline)]
    private static partial Regex GroupAcl();
}
