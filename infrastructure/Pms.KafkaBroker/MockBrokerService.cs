using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Pms.KafkaBroker.Native;

namespace Pms.KafkaBroker;

/// <summary>Runs a one-broker mock Kafka cluster and exposes it at the configured address.</summary>
public sealed partial class MockBrokerService(IOptions<BrokerOptions> options, ILogger<MockBrokerService> logger)
    : IHostedService, IAsyncDisposable
{
    public const int BrokerId = 1;

    private readonly Lock gate = new();
    private MockCluster? cluster;
    private TcpForwarder? forwarder;
    private Task? shutdown;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var broker = options.Value;
        var topics = broker.Topics.Distinct(StringComparer.Ordinal).ToArray();
        var listenOn = new IPEndPoint(await ResolveAsync(broker.Host, cancellationToken), broker.Port);

        cluster = MockCluster.Create(brokerCount: 1);

        // Clients learn broker addresses from metadata; advertising the forwarder keeps them on it after bootstrap.
        cluster.AdvertiseBroker(BrokerId, broker.Host, broker.Port);
        foreach (var topic in topics)
        {
            cluster.CreateTopic(topic, broker.Partitions);
        }

        forwarder = new TcpForwarder(listenOn, cluster.BootstrapEndPoint);
        forwarder.Start();

        var mock = cluster.BootstrapEndPoint;
        LogStarted(logger, broker.BootstrapServers, $"{mock.Host}:{mock.Port}", broker.Partitions, string.Join(", ", topics));
    }

    /// <summary>The running cluster, for fault injection.</summary>
    internal MockCluster Cluster => cluster ?? throw new InvalidOperationException("The broker has not started.");

    // The host may stop twice at once (WebApplicationFactory stops it while app.Run does the same), so stop only once.
    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return shutdown ??= ShutdownAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    private async Task ShutdownAsync()
    {
        if (forwarder is not null)
        {
            await forwarder.DisposeAsync();
        }

        cluster?.Dispose();
    }

    private static async Task<IPAddress> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
        return addresses.FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork) ?? addresses[0];
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Kafka mock broker at {BootstrapServers} (mock listener {MockEndPoint}), {Partitions} partitions per topic, topics: {Topics}")]
    private static partial void LogStarted(ILogger logger, string bootstrapServers, string mockEndPoint, int partitions, string topics);
}
