using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pms.ServiceDefaults.Http;

namespace Pms.ServiceDefaults.Tests;

public sealed class TrustedProxiesTests
{
    [Fact]
    public void NoTrustedProxyMeansNoForwardedHeaderIsBelievedNotEvenFromLoopback()
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
        var forwarded = new ForwardedHeadersOptions();

        TrustedProxies.Apply(forwarded, ["127.0.0.1", "10.244.0.0/16"]);

        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost, forwarded.ForwardedHeaders);
        Assert.Equal(IPAddress.Loopback, Assert.Single(forwarded.KnownProxies));
        Assert.True(Assert.Single(forwarded.KnownIPNetworks).Contains(IPAddress.Parse("10.244.3.7")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("10.244.0.0/16")]
    public void EveryServiceBelievesOnlyTheConfiguredProxiesEvenWhenTheHostingEnvironmentTrustsEveryone(string? trusted)
    {
        var builder = WebApplication.CreateBuilder();
        // What container images set: on its own it believes forwarded headers from any address.
        builder.Configuration["FORWARDEDHEADERS_ENABLED"] = "true";
        if (trusted is not null)
        {
            builder.Configuration[$"{TrustedProxies.ConfigurationKey}:0"] = trusted;
        }

        builder.AddServiceDefaults();
        using var app = builder.Build();

        var forwarded = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Empty(forwarded.KnownProxies);
        if (trusted is null)
        {
            Assert.Equal(ForwardedHeaders.None, forwarded.ForwardedHeaders);
            Assert.Empty(forwarded.KnownIPNetworks);
        }
        else
        {
            Assert.True(Assert.Single(forwarded.KnownIPNetworks).Contains(IPAddress.Parse("10.244.3.7")));
        }
    }
}
