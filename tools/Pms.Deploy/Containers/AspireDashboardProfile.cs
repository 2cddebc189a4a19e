using Pms.Deploy.Images;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Containers;

/// <summary>
/// The Aspire dashboard, standalone: the services' OTLP destination. It keeps telemetry in memory (a restart
/// empties it) and is reached by port-forward, behind its browser token.
/// </summary>
public sealed class AspireDashboardProfile : ContainerProfile
{
    /// <summary>The user "app" of the .NET base image it is built on.</summary>
    public override long UserId => ProjectWorkloadBuilder.DotNetUserId;

    public override bool ReadOnlyRootFilesystem => true;

    public override ResourceSizing Sizing { get; } = new("100m", "256Mi", "1", "1Gi");

    public override string Note =>
        """
        The Aspire dashboard receives the services' traces, metrics and logs over OTLP (with the key
        dashboard-otlp-api-key) and keeps them in memory. Open it with: kubectl port-forward service/dashboard 18888
        (then http://localhost:18888, signing in with dashboard-browser-token). To send telemetry to a collector
        instead, patch OTEL_EXPORTER_OTLP_ENDPOINT (and _HEADERS) of the services in an overlay and remove "dashboard".
        """;

    public override bool Matches(ContainerImage image) => image.Repository.EndsWith("dotnet/aspire-dashboard", StringComparison.Ordinal);

    public override ContainerProbes Probes(ContainerContext context) => new(
        Probe.Tcp("http", periodSeconds: 5, failureThreshold: 24),
        Probe.Tcp("http", periodSeconds: 10, failureThreshold: 3),
        Probe.Tcp("http", periodSeconds: 10, failureThreshold: 3));
}
