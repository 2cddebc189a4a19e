using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Pms.Gateway.Edge;

/// <summary>Believes X-Forwarded-For only from the configured proxies: addresses (10.1.2.3) or networks (10.0.0.0/8).</summary>
public static class TrustedProxies
{
    public static void Apply(ForwardedHeadersOptions forwarded, IReadOnlyList<string> proxies)
    {
        if (proxies.Count == 0)
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.None;
        }

        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (proxy.Contains('/', StringComparison.Ordinal))
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
            else
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        }
    }
}
