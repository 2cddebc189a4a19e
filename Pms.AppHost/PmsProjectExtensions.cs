namespace Pms.AppHost;

public static class PmsProjectExtensions
{
    /// <summary>A PMS project on its fixed port, health-checked at <c>/health</c>, trusting loopback callers in local runs.</summary>
    public static IResourceBuilder<ProjectResource> AddPmsProject<TProject>(this IDistributedApplicationBuilder builder, string name, int port)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .WithHttpEndpoint(port: port)
            .WithHttpHealthCheck("/health")
            .WithLoopbackTrustedInRuns(builder);
}
