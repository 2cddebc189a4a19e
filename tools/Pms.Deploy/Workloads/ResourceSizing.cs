using k8s.Models;

namespace Pms.Deploy.Workloads;

/// <summary>Requests and limits of CPU and memory, e.g. <c>new("100m", "256Mi", "1", "512Mi")</c>.</summary>
public sealed record ResourceSizing(string CpuRequest, string MemoryRequest, string CpuLimit, string MemoryLimit)
{
    public V1ResourceRequirements ToRequirements() => new()
    {
        Requests = new Dictionary<string, ResourceQuantity>
        {
            ["cpu"] = new(CpuRequest),
            ["memory"] = new(MemoryRequest),
        },
        Limits = new Dictionary<string, ResourceQuantity>
        {
            ["cpu"] = new(CpuLimit),
            ["memory"] = new(MemoryLimit),
        },
    };
}
