using k8s.Models;

namespace Pms.Deploy.Containers;

/// <summary>Startup holds the others back while the server initialises its data; then liveness and readiness take over.</summary>
public sealed record ContainerProbes(V1Probe Startup, V1Probe Liveness, V1Probe Readiness);
