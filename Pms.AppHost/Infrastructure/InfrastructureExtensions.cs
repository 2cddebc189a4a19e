using Pms.AppHost.Infrastructure.Containers;
using Pms.AppHost.Infrastructure.Local;

namespace Pms.AppHost.Infrastructure;

public static class InfrastructureExtensions
{
    /// <summary>Adds Postgres (one database per name), Kafka, mail and Redis in the mode this run uses.</summary>
    public static PmsInfrastructure AddPmsInfrastructure(
        this IDistributedApplicationBuilder builder, InfrastructurePasswords passwords, params string[] databaseNames)
    {
        var mode = InfrastructureModeSelector.Select(
            builder.ExecutionContext.IsPublishMode,
            builder.Configuration[InfrastructureModeSelector.ConfigurationKey],
            () => ContainerRuntimeProbe.IsUsable(builder.Configuration["ASPIRE_CONTAINER_RUNTIME"]));

        return mode == InfrastructureMode.Containers
            ? builder.AddContainerInfrastructure(passwords, databaseNames)
            : builder.AddLocalInfrastructure(passwords, databaseNames);
    }

    /// <summary>
    /// The embedded broker and mail sink are tuned for a single developer machine: consumers poll
    /// briefly and leave groups quickly, because the mock broker holds empty fetches and slow rebalances.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithMessagingTuning(this IResourceBuilder<ProjectResource> project, PmsInfrastructure infrastructure) =>
        infrastructure.Mode == InfrastructureMode.Local
            ? project
                .WithEnvironment("Kafka__Consumer__FetchWaitMaxMs", "20")
                .WithEnvironment("Kafka__Consumer__SessionTimeoutMs", "6000")
                .WithEnvironment("Kafka__Consumer__HeartbeatIntervalMs", "1000")
                .WithEnvironment("Kafka__Producer__LingerMs", "5")
                .WithEnvironment("Messaging__StaleNodeTimeout", "00:00:10")
                .WithEnvironment("Messaging__SendBatchSize", "10")
                .WithEnvironment("Messaging__DeadLetterCheckInterval", "00:00:02")
            : project;
}
