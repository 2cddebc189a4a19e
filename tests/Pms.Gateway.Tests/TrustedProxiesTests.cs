using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Pms.Gateway.Edge;

namespace Pms.Gateway.Tests;

public sealed class TrustedProxiesTests
{
    [Fact]
    public void NoTrustedProxyMeansNoForwardedHeaderIsBelieved()
    {
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor };

        TrustedProxies.Apply(forwarded, []);

        Assert.Equal(ForwardedHeaders.None, forwarded.ForwardedHeaders);
        Assert.Empty(forwarded.KnownProxies);
        Assert.Empty(forwarded.KnownIPNetworks);
    }

    [Fact]
    public void AddressesAndNetworksAreBothAccepted()
    {
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor };

        TrustedProxies.Apply(forwarded, ["127.0.0.1", "10.244.0.0/16"]);

        Assert.Equal(ForwardedHeaders.XForwardedFor, forwarded.ForwardedHeaders);
        Assert.Equal(IPAddress.Loopback, Assert.Single(forwarded.KnownProxies));
        Assert.True(Assert.Single(forwarded.KnownIPNetworks).Contains(IPAddress.Parse("10.244.3.7")));
    }
}
