using System.Globalization;
using System.Text;
using Pms.Contracts;

namespace Pms.Deploy.Containers;

/// <summary>
/// The script of the kafka-setup Job, signed in as Kafka's administrator: PMS's topics, a SASL/SCRAM user per service
/// with the password from the Secret (rotated by changing it there), and the ACLs of <see cref="Topics.Definitions"/>:
/// a topic's producers may write it, its consumers may read it in their own consumer group, nobody else may do
/// either. Every step is safe to run again.
/// </summary>
public static class KafkaSetupScript
{
    public const string AdministratorPasswordVariable = "KAFKA_ADMIN_PASSWORD";
    public const string BootstrapServersVariable = "KAFKA_BOOTSTRAP_SERVERS";

    /// <summary>The listener's protocol, <c>SASL_PLAINTEXT</c> unless the kafka-tls component says <c>SASL_SSL</c>.</summary>
    public const string SecurityProtocolVariable = "KAFKA_SECURITY_PROTOCOL";

    /// <summary>PEM file of the authority that signed the broker's certificate, set by the kafka-tls component.</summary>
    public const string TrustedAuthorityVariable = "KAFKA_TRUSTED_AUTHORITY";

    /// <summary>The Job's variable holding a service's password, e.g. <c>KAFKA_PATIENTS_PASSWORD</c>.</summary>
    public static string PasswordVariable(string user) => $"KAFKA_{user.ToUpperInvariant().Replace('-', '_')}_PASSWORD";

    public static string Write()
    {
        var script = new StringBuilder();
        script.Append(
            $$"""
            #!/bin/bash
            # Generated from the AppHost by tools/Pms.Deploy: PMS's topics, a Kafka user per service and its ACLs. Safe to run again.
            set -eu
            : "${{{AdministratorPasswordVariable}}:?set {{KafkaUsers.PasswordParameter(KafkaUsers.Administrator)}} in secrets.env}"
            umask 077
            administrator=/tmp/administrator.properties
            cat > "$administrator" <<PROPERTIES
            security.protocol=${{{SecurityProtocolVariable}}:-SASL_PLAINTEXT}
            sasl.mechanism={{KafkaUsers.ScramMechanism}}
            sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="{{KafkaUsers.Administrator}}" password="${{{AdministratorPasswordVariable}}}";
            PROPERTIES
            if [ -n "${{{TrustedAuthorityVariable}}:-}" ]; then
              printf 'ssl.truststore.type=PEM\nssl.truststore.location=%s\n' "${{{TrustedAuthorityVariable}}}" >> "$administrator"
            fi
            kafka() {
              tool="$1"
              shift
              "/opt/kafka/bin/kafka-$tool.sh" --bootstrap-server "${{{BootstrapServersVariable}}}" --command-config "$administrator" "$@"
            }

            """);
        var partitions = Topics.PartitionCount.ToString(CultureInfo.InvariantCulture);
        foreach (var topic in Topics.Definitions)
        {
            script.Append($"kafka topics --create --if-not-exists --topic {topic.Name} --partitions {partitions} --replication-factor 1\n");
        }

        foreach (var user in KafkaUsers.Services)
        {
            var variable = PasswordVariable(user);
            script.Append(
                $"kafka configs --alter --entity-type users --entity-name {user} " +
                $"--add-config \"{KafkaUsers.ScramMechanism}=[password=${{{variable}:?set {KafkaUsers.PasswordParameter(user)} in secrets.env}}]\"\n");
        }

        foreach (var topic in Topics.Definitions)
        {
            foreach (var producer in topic.Producers)
            {
                script.Append($"kafka acls --add --allow-principal User:{producer} --operation Write --operation Describe --topic {topic.Name}\n");
            }

            foreach (var consumer in topic.Consumers)
            {
                script.Append($"kafka acls --add --allow-principal User:{consumer} --operation Read --operation Describe --topic {topic.Name}\n");
            }
        }

        foreach (var consumer in Topics.Definitions.SelectMany(topic => topic.Consumers).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            script.Append($"kafka acls --add --allow-principal User:{consumer} --operation Read --group {consumer}\n");
        }

        return script.ToString();
    }
}
