using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pms.Contracts;

namespace Pms.AppHost.Infrastructure.Containers;

/// <summary>Container mode: PostgreSQL, Apache Kafka (KRaft), Mailpit and Redis run by Docker or Podman.</summary>
public static class ContainerInfrastructureExtensions
{
    public static PmsInfrastructure AddContainerInfrastructure(
        this IDistributedApplicationBuilder builder, InfrastructurePasswords passwords, IEnumerable<string> databaseNames)
    {
        var postgres = builder.AddPostgres(ResourceNames.Postgres, password: passwords.Postgres, port: ServicePorts.Postgres)
            .WithDataVolume()
            .WithLifetime(ContainerLifetime.Persistent);
        var databases = databaseNames.ToDictionary(
            name => name,
            name =>
            {
                if (builder.ExecutionContext.IsPublishMode)
                {
                    return new InfrastructureResource(builder.AddOwnedDatabase(postgres, name), postgres);
                }

                var database = postgres.AddDatabase(name);
                return new InfrastructureResource(database, database);
            });

        var kafka = builder.AddKafka();
        var mail = builder.AddResource(new MailCatcherResource(ResourceNames.Mail))
            .WithImage("axllent/mailpit", "v1.27")
            .WithEndpoint(targetPort: 1025, name: MailCatcherResource.SmtpEndpointName, scheme: "tcp")
            .WithHttpEndpoint(targetPort: 8025, name: MailCatcherResource.HttpEndpointName)
            .WithHttpHealthCheck("/livez", endpointName: MailCatcherResource.HttpEndpointName);

        var redis = builder.AddRedis(ResourceNames.Redis, ServicePorts.Redis, passwords.Redis)
            .WithDataVolume()
            .WithPersistence(TimeSpan.FromMinutes(1));

        return new PmsInfrastructure(
            InfrastructureMode.Containers,
            databases,
            new InfrastructureResource(kafka, kafka),
            new InfrastructureResource(mail, mail),
            new InfrastructureResource(redis, redis))
        {
            KafkaPasswords = builder.ExecutionContext.IsPublishMode
                ? KafkaUsers.Services.ToDictionary(service => service, service => builder.AddParameter(KafkaUsers.PasswordParameter(service), secret: true))
                : new Dictionary<string, IResourceBuilder<ParameterResource>>(),
        };
    }

    /// <summary>
    /// A deployed service connects as its database's owner, a role named like the database with its own secret
    /// password (<c>{database}-password</c>), never as the superuser; the deployment creates the roles (see
    /// docs/deployment.md).
    /// </summary>
    private static IResourceBuilder<IResourceWithConnectionString> AddOwnedDatabase(
        this IDistributedApplicationBuilder builder, IResourceBuilder<PostgresServerResource> postgres, string name)
    {
        var password = builder.AddParameter($"{name}-password", secret: true);
        var endpoint = postgres.Resource.PrimaryEndpoint;
        return builder.AddConnectionString(name, ReferenceExpression.Create(
            $"Host={endpoint.Property(EndpointProperty.Host)};Port={endpoint.Property(EndpointProperty.Port)};Username={name};Password={password};Database={name}"));
    }

    private static IResourceBuilder<KafkaServerResource> AddKafka(this IDistributedApplicationBuilder builder)
    {
        var resource = new KafkaServerResource(ResourceNames.Kafka);
        var healthCheckKey = $"{ResourceNames.Kafka}-metadata";
        string? bootstrapServers = null;
        builder.Services.AddHealthChecks().AddCheck(healthCheckKey, () =>
        {
            if (bootstrapServers is null)
            {
                return HealthCheckResult.Unhealthy("Kafka has no address yet.");
            }

            try
            {
                using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
                return admin.GetMetadata(TimeSpan.FromSeconds(3)).Brokers.Count > 0
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy("Kafka reports no brokers.");
            }
            catch (KafkaException exception)
            {
                return HealthCheckResult.Unhealthy("Kafka is unreachable.", exception);
            }
        });

        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(resource, async (_, cancellationToken) =>
            bootstrapServers = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken));
        builder.Eventing.Subscribe<ResourceReadyEvent>(resource, async (_, _) => await CreateTopicsAsync(bootstrapServers!));

        var kafka = builder.AddResource(resource)
            .WithImage("apache/kafka", "4.1.0")
            .WithEndpoint(port: ServicePorts.Kafka, targetPort: 9092, name: KafkaServerResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithEnvironment("KAFKA_NODE_ID", "1")
            .WithEnvironment("KAFKA_PROCESS_ROLES", "broker,controller")
            .WithEnvironment("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER")
            .WithEnvironment("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093")
            .WithEnvironment("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
            .WithEnvironment("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
            .WithEnvironment("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
            .WithHealthCheck(healthCheckKey);

        // On this machine host processes dial localhost and the fixed port, without credentials; a deployment's
        // services dial the broker's own host and port and sign in (WithSignedInClients).
        return builder.ExecutionContext.IsPublishMode
            ? kafka.WithSignedInClients(builder.AddParameter(KafkaUsers.PasswordParameter(KafkaUsers.Administrator), secret: true))
            : kafka
                .WithEnvironment("KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://:9093")
                .WithEnvironment("KAFKA_ADVERTISED_LISTENERS", $"PLAINTEXT://localhost:{ServicePorts.Kafka.ToString(System.Globalization.CultureInfo.InvariantCulture)}")
                .WithEnvironment("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
    }

    /// <summary>
    /// Clients sign in with SASL/SCRAM on the only listener other pods reach, and the broker's authorizer lets each do
    /// only what the ACLs say (deny when none matches). The controller and the broker's own listener stay on the pod's
    /// loopback, where the broker is the only client and a super user. Through that loopback listener the container
    /// sets the administrator's password once the broker answers, at every start, so it exists on a volume formatted
    /// before and follows a change of the secret; the deployment's setup Job signs in as the administrator to create
    /// the topics, a user per service and their ACLs. When the deployment's kafka-tls component mounts a certificate
    /// (<see cref="KafkaBrokerTls"/>), the script builds the key store of the clients' listener from it.
    /// </summary>
    private static IResourceBuilder<KafkaServerResource> WithSignedInClients(
        this IResourceBuilder<KafkaServerResource> kafka, IResourceBuilder<ParameterResource> administratorPassword)
    {
        const string mechanism = KafkaUsers.ScramMechanism;
        var start =
            $$"""
            set -e
            if [ -z "$SCRAM_ADMIN_PASSWORD" ]; then echo "SCRAM_ADMIN_PASSWORD is empty: set kafka-admin-password in secrets.env." >&2; exit 1; fi
            certificates="${{KafkaBrokerTls.CertificateFolderVariable}}"
            if [ -n "$certificates" ]; then
              if ! grep -q -- "-----BEGIN PRIVATE KEY-----" "$certificates/tls.key"; then echo "$certificates/tls.key is no unencrypted PKCS#8 key (BEGIN PRIVATE KEY)." >&2; exit 1; fi
              keystore={{KafkaBrokerTls.KeyStorePath}}
              (umask 077 && mkdir -p "$(dirname "$keystore")" && cat "$certificates/tls.key" "$certificates/tls.crt" > "$keystore")
            fi
            (
              until KAFKA_HEAP_OPTS=-Xmx128m /opt/kafka/bin/kafka-configs.sh --bootstrap-server localhost:9094 --alter --entity-type users --entity-name {{KafkaUsers.Administrator}} --add-config "{{mechanism}}=[password=$SCRAM_ADMIN_PASSWORD]"; do
                sleep 5
              done
            ) &
            exec /etc/kafka/docker/run
            """;
        return kafka
            .WithEnvironment("KAFKA_LISTENERS", "CLIENTS://:9092,CONTROLLER://localhost:9093,INTERNAL://localhost:9094")
            .WithEnvironment("KAFKA_ADVERTISED_LISTENERS", ReferenceExpression.Create(
                $"CLIENTS://{kafka.Resource.Endpoint.Property(EndpointProperty.HostAndPort)},INTERNAL://localhost:9094"))
            .WithEnvironment("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,INTERNAL:PLAINTEXT,CLIENTS:SASL_PLAINTEXT")
            .WithEnvironment("KAFKA_INTER_BROKER_LISTENER_NAME", "INTERNAL")
            .WithEnvironment("KAFKA_SASL_ENABLED_MECHANISMS", mechanism)
            .WithEnvironment("KAFKA_LISTENER_NAME_CLIENTS_SCRAM___SHA___512_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required;")
            .WithEnvironment("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
            .WithEnvironment("KAFKA_SUPER_USERS", $"User:ANONYMOUS;User:{KafkaUsers.Administrator}")
            .WithEnvironment("SCRAM_ADMIN_PASSWORD", administratorPassword)
            .WithEntrypoint("/bin/bash")
            .WithArgs("-c", start);
    }

    private static async Task CreateTopicsAsync(string bootstrapServers)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        var existing = admin.GetMetadata(TimeSpan.FromSeconds(10)).Topics.Select(topic => topic.Topic).ToHashSet();
        var missing = Topics.All.Where(topic => !existing.Contains(topic))
            .Select(topic => new TopicSpecification { Name = topic, NumPartitions = Topics.PartitionCount, ReplicationFactor = 1 })
            .ToList();
        if (missing.Count > 0)
        {
            await admin.CreateTopicsAsync(missing);
        }
    }
}
