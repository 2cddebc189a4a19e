using System.Globalization;
using Pms.Deploy.Images;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Containers;

/// <summary>
/// The official Redis image as user redis (999): the web front end's sessions and their data-protection keys and the
/// shared rate-limit counts, snapshotted to a persistent volume so a restart of Redis signs nobody out.
/// </summary>
public sealed class RedisProfile : ContainerProfile
{
    public override long UserId => 999;

    public override bool ReadOnlyRootFilesystem => true;

    public override ResourceSizing Sizing { get; } = new("50m", "64Mi", "1", "512Mi");

    public override string? DataPath => "/data";

    public override string DataSize => "1Gi";

    public override string Note =>
        """
        Redis in the cluster: one instance, password redis-password, snapshotting to a persistent volume every
        minute. It holds the web front end's sessions and the keys that seal its cookies, and the gateway's and
        auth-service's rate-limit counts: losing it signs everyone out and resets the counts, nothing else. To
        use a managed Redis instead, delete this StatefulSet and the Service in an overlay, patch
        ConnectionStrings__redis of web, gateway and auth to host:port,password=...,ssl=true and allow egress
        to it in the network policies.
        """;

    public override bool Matches(ContainerImage image) =>
        image.Repository == "redis" || image.Repository.EndsWith("/redis", StringComparison.Ordinal);

    public override ContainerProbes Probes(ContainerContext context)
    {
        var port = context.Resource.Bindings.Single();
        // The password is in the container's environment; REDISCLI_AUTH keeps it off the command line.
        var ping = new List<string>
        {
            "/bin/sh", "-c",
            $"REDISCLI_AUTH=\"$REDIS_PASSWORD\" redis-cli -p {port.Value.ContainerPort.ToString(CultureInfo.InvariantCulture)} ping | grep -q PONG",
        };
        return new ContainerProbes(
            Probe.Tcp(port.Key, periodSeconds: 5, failureThreshold: 60),
            Probe.Tcp(port.Key, periodSeconds: 10, failureThreshold: 6),
            Probe.Command(ping, periodSeconds: 10, failureThreshold: 3));
    }
}
