using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Pms.ServiceDefaults.Tests;

/// <summary>The embedded broker in-process on a free port, with one topic.</summary>
public sealed class EmbeddedBroker : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Topic = "traced";

    public int Port { get; } = FreePort();

    public string BootstrapServers => $"127.0.0.1:{Port}";

    public ValueTask InitializeAsync()
    {
        StartServer();
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Broker:Port", Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Broker:Topics:0", Topic);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
