using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Pms.ServiceDefaults.Http;

/// <summary>
/// Believes <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> only from the proxies in
/// <c>ForwardedHeaders:TrustedProxies</c>: addresses (10.1.2.3) or networks (10.0.0.0/8). None by default,
/// not even loopback, and whatever <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c> says.
/// </summary>
public static class TrustedProxies
{
    public const string ConfigurationKey = "ForwardedHeaders:TrustedProxies";

    public static void Apply(ForwardedHeadersOptions forwarded, IReadOnlyList<string> proxies)
    {
        forwarded.ForwardedHeaders = proxies.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
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
