using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Pms.KafkaBroker.Tests;

/// <summary>Runs the broker in-process on a free Kafka port with topics t1 and t2.</summary>
public sealed class BrokerFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int Partitions = 2;

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
        builder.UseSetting("Broker:Partitions", Partitions.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Broker:Topics:0", "t1");
        builder.UseSetting("Broker:Topics:1", "t2");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
