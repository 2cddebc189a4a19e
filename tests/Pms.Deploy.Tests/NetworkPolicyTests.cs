using Pms.Deploy.Network;

namespace Pms.Deploy.Tests;

/// <summary>
/// Nothing in the namespace trusts by default: every pod is under a deny-all policy, and the connections the
/// policies allow, read back from the rendered objects as a cluster would apply them, are exactly those of the
/// AppHost's model.
/// </summary>
public sealed class NetworkPolicyTests(RenderedSystem system)
{
    private const string IngressControllerNamespace = "ingress-nginx";

    /// <summary>Who connects to whom, written out by hand from the AppHost so a change to either shows here.</summary>
    private static readonly string[] ExpectedFlows =
    [
        "audit -> auth:4004", "audit -> dashboard:18889", "audit -> kafka:9092", "audit -> postgres:5432",
        "auth -> dashboard:18889", "auth -> kafka:9092", "auth -> postgres:5432", "auth -> redis:6379",
        "billing -> auth:4004", "billing -> dashboard:18889", "billing -> kafka:9092", "billing -> postgres:5432",
        "gateway -> audit:4006", "gateway -> auth:4004", "gateway -> billing:4002", "gateway -> dashboard:18889", "gateway -> notifications:4003",
        "gateway -> patients:4001", "gateway -> redis:6379",
        "kafka-setup -> kafka:9092",
        "notifications -> auth:4004", "notifications -> dashboard:18889", "notifications -> kafka:9092", "notifications -> mail:1025",
        "notifications -> postgres:5432",
        "postgres-owners -> postgres:5432",
        "patients -> auth:4004", "patients -> billing:4002", "patients -> dashboard:18889", "patients -> kafka:9092", "patients -> postgres:5432",
        "patients -> redis:6379",
        "web -> dashboard:18889", "web -> gateway:4005", "web -> redis:6379",
    ];

    private IEnumerable<V1NetworkPolicy> Policies => system.OfKind<V1NetworkPolicy>();

    [Fact]
    public void EveryPodIsDeniedEverythingByDefaultAndHasItsOwnPolicy()
    {
        var defaultDeny = system.Named<V1NetworkPolicy>(NetworkPolicyBuilder.DefaultDenyName);
        Assert.Empty(defaultDeny.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
        Assert.Null(defaultDeny.Spec.PodSelector.MatchExpressions);
        Assert.Equal(["Egress", "Ingress"], defaultDeny.Spec.PolicyTypes.Order());
        Assert.Empty(defaultDeny.Spec.Ingress ?? []);
        Assert.Empty(defaultDeny.Spec.Egress ?? []);

        Assert.NotEmpty(system.PodTemplates);
        Assert.All(system.PodTemplates, pod => Assert.Contains(Policies, policy =>
            policy.Spec.PodSelector.MatchLabels is { Count: > 0 } && Selects(policy.Spec.PodSelector, pod.Template.Metadata.Labels)));
    }

    [Fact]
    public void BetweenPodsOnlyTheAppHostsConnectionsAreAllowed()
    {
        var pods = system.PodTemplates.Select(pod => (pod.Name, Labels: pod.Template.Metadata.Labels)).ToList();
        var ports = system.Pods.SelectMany(pod => pod.Pod.Containers).SelectMany(container => container.Ports ?? []).Select(port => port.ContainerPort)
            .Distinct().ToList();

        var allowed =
            from client in pods
            from server in pods
            from port in ports
            where client.Name != server.Name && MayConnect(client.Labels, server.Labels, port)
            select $"{client.Name} -> {server.Name}:{port}";

        Assert.Equal(ExpectedFlows.Order(StringComparer.Ordinal), allowed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OnlyTheIngressControllerReachesThePublicEndpointsFromOutsideTheNamespace()
    {
        var fromOtherNamespaces =
            from policy in Policies
            from rule in policy.Spec.Ingress ?? []
            from peer in rule.FromProperty ?? []
            where peer.NamespaceSelector is not null || peer.IpBlock is not null
            select (Pods: policy.Spec.PodSelector.MatchLabels[DeploymentNames.NameLabel], peer, Ports: rule.Ports.Select(port => port.Port.Value));

        Assert.Equal(
            [("gateway", "4005"), ("web", "4200")],
            fromOtherNamespaces.Select(entry =>
            {
                Assert.Null(entry.peer.IpBlock);
                Assert.Null(entry.peer.PodSelector);
                Assert.Equal(IngressControllerNamespace, entry.peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
                return (entry.Pods, Assert.Single(entry.Ports));
            }).Order());
    }

    [Fact]
    public void OnlyBillingAndNotificationsReachOutsideTheClusterAndEveryPodReachesDns()
    {
        var outside =
            from policy in Policies
            from rule in policy.Spec.Egress ?? []
            from peer in rule.To ?? []
            where peer.IpBlock is not null
            from port in rule.Ports
            select $"{policy.Spec.PodSelector.MatchLabels[DeploymentNames.NameLabel]}:{port.Port.Value} {peer.IpBlock.Cidr}";
        Assert.Equal(
            from destination in (string[])["billing:443", "notifications:25", "notifications:443", "notifications:465", "notifications:587"]
            from cidr in (string[])["0.0.0.0/0", "::/0"]
            select $"{destination} {cidr}",
            outside.Order(StringComparer.Ordinal));

        var dns = system.Named<V1NetworkPolicy>(NetworkPolicyBuilder.DnsName);
        Assert.Empty(dns.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
        var toDns = Assert.Single(dns.Spec.Egress);
        Assert.Equal("kube-dns", Assert.Single(toDns.To).PodSelector.MatchLabels["k8s-app"]);
        Assert.Equal(["TCP:53", "UDP:53"], toDns.Ports.Select(port => $"{port.Protocol}:{port.Port.Value}").Order());
    }

    /// <summary>A connection passes when a policy of the client allows it out and a policy of the server allows it in.</summary>
    private bool MayConnect(IDictionary<string, string> client, IDictionary<string, string> server, int port)
    {
        var outAllowed = Policies.Where(policy => Selects(policy.Spec.PodSelector, client) && policy.Spec.PolicyTypes.Contains("Egress"))
            .SelectMany(policy => policy.Spec.Egress ?? [])
            .Any(rule => Covers(rule.Ports, port) && (rule.To is not { Count: > 0 } || rule.To.Any(peer => Reaches(peer, server))));
        var inAllowed = Policies.Where(policy => Selects(policy.Spec.PodSelector, server) && policy.Spec.PolicyTypes.Contains("Ingress"))
            .SelectMany(policy => policy.Spec.Ingress ?? [])
            .Any(rule => Covers(rule.Ports, port) && (rule.FromProperty is not { Count: > 0 } || rule.FromProperty.Any(peer => Reaches(peer, client))));
        return outAllowed && inAllowed;
    }

    private static bool Covers(IList<V1NetworkPolicyPort>? ports, int port) =>
        ports is not { Count: > 0 } || ports.Any(allowed => allowed.Protocol == "TCP" && allowed.Port.Value == port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A peer reaches a pod of this namespace by its pod selector alone; an address block reaches every pod (the strict reading).</summary>
    private static bool Reaches(V1NetworkPolicyPeer peer, IDictionary<string, string> labels) =>
        peer.IpBlock is not null || (peer.NamespaceSelector is null && peer.PodSelector is not null && Selects(peer.PodSelector, labels));

    private static bool Selects(V1LabelSelector selector, IDictionary<string, string> labels)
    {
        Assert.Null(selector.MatchExpressions);
        return (selector.MatchLabels ?? new Dictionary<string, string>()).All(label => labels.TryGetValue(label.Key, out var value) && value == label.Value);
    }
}
