using k8s.Models;
using Pms.Deploy.Output;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Network;

/// <summary>
/// The namespace's network policies: nothing may connect anywhere, then each pod may open exactly the connections
/// the AppHost wires (<see cref="FlowMap"/>), reach the cluster's DNS and the outside destinations it needs. Traffic
/// from the ingress controller is allowed by the Ingress folder, which knows the controller's namespace.
/// </summary>
public static class NetworkPolicyBuilder
{
    public const string FolderName = "network";
    public const string DefaultDenyName = "default-deny";
    public const string DnsName = "dns";
    private const string ApiVersion = "networking.k8s.io/v1";
    private const string Kind = "NetworkPolicy";
    private static readonly string[] AnyAddress = ["0.0.0.0/0", "::/0"];

    public static ResourceFolder Build(IReadOnlyList<NetworkFlow> flows, IReadOnlyList<ExternalDestination> externalDestinations)
    {
        var folder = new ResourceFolder(FolderName);
        folder.AddObject("default-deny.yaml", DefaultDeny(), """
            Every pod of the namespace: no connection in or out unless another policy here allows it.
            """);
        folder.AddObject("dns.yaml", Dns());
        var pods = flows.SelectMany(flow => new[] { flow.From, flow.To })
            .Concat(externalDestinations.Select(destination => destination.From))
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var pod in pods)
        {
            var outside = externalDestinations.Where(destination => destination.From == pod).ToList();
            folder.AddObject($"{pod}.yaml", PodPolicy(pod, flows, outside), outside.Count == 0 ? null : OutsideNote(outside));
        }

        return folder;
    }

    /// <summary>A network policy for <paramref name="pods"/>; a null rule list leaves that direction to the other policies.</summary>
    public static V1NetworkPolicy Policy(string name, V1LabelSelector pods, IList<V1NetworkPolicyIngressRule>? ingress, IList<V1NetworkPolicyEgressRule>? egress) => new()
    {
        ApiVersion = ApiVersion,
        Kind = Kind,
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1NetworkPolicySpec
        {
            PodSelector = pods,
            PolicyTypes = [.. new[] { ingress is null ? null : "Ingress", egress is null ? null : "Egress" }.OfType<string>()],
            Ingress = ingress,
            Egress = egress,
        },
    };

    public static V1LabelSelector Pods(string pod) => new() { MatchLabels = WorkloadLabels.For(pod) };

    public static V1NetworkPolicyPort TcpPort(int port) => new() { Protocol = "TCP", Port = port };

    private static V1NetworkPolicy DefaultDeny() => Policy(DefaultDenyName, new V1LabelSelector(), [], []);

    private static V1NetworkPolicy Dns() => Policy(DnsName, new V1LabelSelector(), ingress: null,
    [
        new V1NetworkPolicyEgressRule
        {
            To =
            [
                new V1NetworkPolicyPeer
                {
                    NamespaceSelector = new V1LabelSelector(),
                    PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["k8s-app"] = "kube-dns" } },
                },
            ],
            Ports = [new V1NetworkPolicyPort { Protocol = "UDP", Port = 53 }, TcpPort(53)],
        },
    ]);

    private static string OutsideNote(IEnumerable<ExternalDestination> outside) =>
        "Outside the cluster: " + string.Join("; ", outside.Select(destination => $"{destination.Port} for {destination.What}")) + ".\n"
        + $"A site overlay can narrow {string.Join(" and ", AnyAddress)} to the providers' and relay's addresses.";

    private static V1NetworkPolicy PodPolicy(string pod, IReadOnlyList<NetworkFlow> flows, List<ExternalDestination> outside)
    {
        var ingress = flows.Where(flow => flow.To == pod)
            .GroupBy(flow => flow.Port)
            .Select(port => new V1NetworkPolicyIngressRule
            {
                FromProperty = [.. port.Select(flow => new V1NetworkPolicyPeer { PodSelector = Pods(flow.From) })],
                Ports = [TcpPort(port.Key)],
            })
            .ToList();
        var egress = flows.Where(flow => flow.From == pod)
            .GroupBy(flow => flow.To)
            .Select(target => new V1NetworkPolicyEgressRule
            {
                To = [new V1NetworkPolicyPeer { PodSelector = Pods(target.Key) }],
                Ports = [.. target.Select(flow => TcpPort(flow.Port))],
            })
            .ToList();
        if (outside.Count > 0)
        {
            egress.Add(new V1NetworkPolicyEgressRule
            {
                To = [.. AnyAddress.Select(cidr => new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = cidr } })],
                Ports = [.. outside.Select(destination => TcpPort(destination.Port))],
            });
        }

        return Policy(pod, Pods(pod), ingress.Count > 0 ? ingress : null, egress.Count > 0 ? egress : null);
    }
}
