using Pms.Contracts;
using Yarp.ReverseProxy.Configuration;

namespace Pms.Gateway.Routing;

/// <summary>Which public path prefix each service owns. Destinations are service-discovery names.</summary>
public static class GatewayRoutes
{
    public static IReadOnlyList<RouteConfig> Routes { get; } =
    [
        Route("auth", ResourceNames.Auth, "/api/auth/{**rest}"),
        Route("openid-discovery", ResourceNames.Auth, "/.well-known/{**rest}"),
        Route("patients", ResourceNames.Patients, "/api/patients/{**rest}"),
        Route("patients-root", ResourceNames.Patients, "/api/patients"),
        Route("billing", ResourceNames.Billing, "/api/billing/{**rest}"),
        Route("notifications", ResourceNames.Notifications, "/api/notifications/{**rest}"),
        Route("notifications-root", ResourceNames.Notifications, "/api/notifications"),
    ];

    public static IReadOnlyList<ClusterConfig> Clusters { get; } =
    [
        Cluster(ResourceNames.Auth),
        Cluster(ResourceNames.Patients),
        Cluster(ResourceNames.Billing),
        Cluster(ResourceNames.Notifications),
    ];

    private static RouteConfig Route(string id, string cluster, string path) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        Match = new RouteMatch { Path = path },
    };

    private static ClusterConfig Cluster(string service) => new()
    {
        ClusterId = service,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [service] = new() { Address = $"https+http://{service}" },
        },
    };
}
