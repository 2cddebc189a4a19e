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

    private readonly Lock _gate = new();
    private MockCluster? _cluster;
    private TcpForwarder? _forwarder;
    private Task? _shutdown;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var broker = options.Value;
        var topics = broker.Topics.Distinct(StringComparer.Ordinal).ToArray();
        var listenOn = new IPEndPoint(await ResolveAsync(broker.Host, cancellationToken), broker.Port);

        _cluster = MockCluster.Create(brokerCount: 1);

        // Clients learn broker addresses from metadata; advertising the forwarder keeps them on it after bootstrap.
        _cluster.AdvertiseBroker(BrokerId, broker.Host, broker.Port);
        foreach (var topic in topics)
        {
            _cluster.CreateTopic(topic, broker.Partitions);
        }

        _forwarder = new TcpForwarder(listenOn, _cluster.BootstrapEndPoint);
        _forwarder.Start();

        var mock = _cluster.BootstrapEndPoint;
        LogStarted(logger, broker.BootstrapServers, $"{mock.Host}:{mock.Port}", broker.Partitions, string.Join(", ", topics));
    }

    /// <summary>The running cluster, for fault injection.</summary>
    internal MockCluster Cluster => _cluster ?? throw new InvalidOperationException("The broker has not started.");

    // The host may stop twice at once (WebApplicationFactory stops it while app.Run does the same), so stop only once.
    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _shutdown ??= ShutdownAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    private async Task ShutdownAsync()
    {
        if (_forwarder is not null)
        {
            await _forwarder.DisposeAsync();
        }

        _cluster?.Dispose();
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
