using System.Globalization;

namespace Pms.AppHost;

public static class PmsProjectExtensions
{
    public const string ReplicasKey = "Pms:Replicas";

    /// <summary>A PMS project on its fixed port, health-checked at <c>/health</c>, trusting loopback callers in local runs.</summary>
    public static IResourceBuilder<ProjectResource> AddPmsProject<TProject>(this IDistributedApplicationBuilder builder, string name, int port)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithHttpEndpoint(port: port)
            .WithHttpHealthCheck("/health")
            .WithLoopbackTrustedInRuns(builder)
            .WithReplicasInRuns(builder);

    /// <summary>
    /// A run starts <c>Pms:Replicas:{service}</c>, else <c>Pms:Replicas</c>, instances of the service (default one), all
    /// behind its port, which spreads connections over them. A deployment scales with its autoscaler instead.
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithReplicasInRuns(this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration[$"{ReplicasKey}:{project.Resource.Name}"] ?? builder.Configuration[ReplicasKey];
        if (builder.ExecutionContext.IsPublishMode || configured is null)
        {
            return project;
        }

        if (!int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var replicas) || replicas is < 1 or > 8)
        {
            throw new InvalidOperationException($"{ReplicasKey} of {project.Resource.Name} is '{configured}'; give a whole number from 1 to 8.");
        }

        return replicas > 1 ? project.WithReplicas(replicas) : project;
    }
}
