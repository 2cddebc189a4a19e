using k8s.Models;
using Pms.Deploy.Manifest;

namespace Pms.Deploy.Workloads;

public static class ServiceBuilder
{
    /// <summary>The Service named like the resource, one port per binding, so service discovery finds it by name.</summary>
    public static V1Service Build(string name, IReadOnlyDictionary<string, ManifestBinding> bindings) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta { Name = name, Labels = WorkloadLabels.For(name) },
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            Selector = WorkloadLabels.For(name),
            Ports =
            [
                .. bindings.OrderBy(binding => binding.Key, StringComparer.Ordinal).Select(binding => new V1ServicePort
                {
                    Name = binding.Key,
                    Port = binding.Value.ServicePort,
                    TargetPort = binding.Key,
                    Protocol = "TCP",
                }),
            ],
        },
    };

    public static List<V1ContainerPort> ContainerPorts(IReadOnlyDictionary<string, ManifestBinding> bindings) =>
        [
            .. bindings.OrderBy(binding => binding.Key, StringComparer.Ordinal).Select(binding => new V1ContainerPort
            {
                Name = binding.Key,
                ContainerPort = binding.Value.ContainerPort,
                Protocol = "TCP",
            }),
        ];
}
