using Pms.AppHost.Infrastructure;

namespace Pms.AppHost;

public static class DataServiceExtensions
{
    /// <summary>
    /// A service with its own database and Kafka: its port, health check, loopback trust in local
    /// runs, its database and the broker (signed in as itself where the broker asks), and the messaging tuning of this run's mode.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddDataService<TProject>(
        this IDistributedApplicationBuilder builder, string name, int port, string database, PmsInfrastructure infrastructure)
        where TProject : IProjectMetadata, new() =>
        builder.AddPmsProject<TProject>(name, port)
            .WithReference(infrastructure.Databases[database])
            .WithReference(infrastructure.Kafka)
            .WithKafkaUser(name, infrastructure)
            .WithMessagingTuning(infrastructure);

    private static IResourceBuilder<ProjectResource> WithKafkaUser(
        this IResourceBuilder<ProjectResource> project, string name, PmsInfrastructure infrastructure) =>
        infrastructure.KafkaPasswords.TryGetValue(name, out var password)
            ? project
                .WithEnvironment("Kafka__SecurityProtocol", "SaslPlaintext")
                .WithEnvironment("Kafka__SaslMechanism", "ScramSha512")
                .WithEnvironment("Kafka__SaslUsername", name)
                .WithEnvironment("Kafka__SaslPassword", password)
            : project;
}
