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
            new InfrastructureResource(redis, redis));
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

        // The broker advertises the address its clients dial: on this machine host processes use
        // localhost and the fixed port; a deployment's services use the broker's own host and port.
        var advertisedListeners = builder.ExecutionContext.IsPublishMode
            ? ReferenceExpression.Create($"PLAINTEXT://{resource.Endpoint.Property(EndpointProperty.HostAndPort)}")
            : ReferenceExpression.Create($"PLAINTEXT://localhost:{ServicePorts.Kafka.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return builder.AddResource(resource)
            .WithImage("apache/kafka", "4.1.0")
            .WithEndpoint(port: ServicePorts.Kafka, targetPort: 9092, name: KafkaServerResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithEnvironment("KAFKA_NODE_ID", "1")
            .WithEnvironment("KAFKA_PROCESS_ROLES", "broker,controller")
            .WithEnvironment("KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://:9093")
            .WithEnvironment("KAFKA_ADVERTISED_LISTENERS", advertisedListeners)
            .WithEnvironment("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER")
            .WithEnvironment("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT")
            .WithEnvironment("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093")
            .WithEnvironment("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
            .WithEnvironment("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
            .WithEnvironment("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
            .WithHealthCheck(healthCheckKey);
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
