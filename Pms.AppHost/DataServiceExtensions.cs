using Pms.AppHost.Infrastructure;

namespace Pms.AppHost;

public static class DataServiceExtensions
{
    /// <summary>
    /// A service with its own database and Kafka: its port, health check, loopback trust in local
    /// runs, its database and the broker, and the messaging tuning of this run's mode.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddDataService<TProject>(
        this IDistributedApplicationBuilder builder, string name, int port, string database, PmsInfrastructure infrastructure)
        where TProject : IProjectMetadata, new() =>
        builder.AddPmsProject<TProject>(name, port)
            .WithReference(infrastructure.Databases[database])
            .WithReference(infrastructure.Kafka)
            .WithMessagingTuning(infrastructure);
}
