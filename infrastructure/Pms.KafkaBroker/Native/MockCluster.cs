using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;

namespace Pms.KafkaBroker.Native;

/// <summary>An in-memory Kafka cluster run by librdkafka on its own threads and listening on random local ports.</summary>
internal sealed class MockCluster : IDisposable
{
    private nint _handle;
    private nint _cluster;

    private MockCluster(nint handle, nint cluster)
    {
        _handle = handle;
        _cluster = cluster;
        BootstrapEndPoint = ParseEndPoint(Marshal.PtrToStringUTF8(LibRdKafka.MockClusterBootstraps(cluster))!);
    }

    /// <summary>Where the first mock broker really listens, whatever address it advertises.</summary>
    public DnsEndPoint BootstrapEndPoint { get; }

    public static MockCluster Create(int brokerCount)
    {
        var conf = LibRdKafka.ConfNew();
        var error = new byte[512];

        // The cluster's own handle never connects anywhere; notice level would only log that it lacks bootstrap servers.
        if (LibRdKafka.ConfSet(conf, "log_level", "4", error, (nuint)error.Length) != LibRdKafka.ConfOk)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new InvalidOperationException($"librdkafka rejected its configuration: {ReadError(error)}");
        }

        var handle = LibRdKafka.New(LibRdKafka.ProducerType, conf, error, (nuint)error.Length);
        if (handle == 0)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new InvalidOperationException($"librdkafka could not create a handle: {ReadError(error)}");
        }

        var cluster = LibRdKafka.MockClusterNew(handle, brokerCount);
        if (cluster == 0)
        {
            LibRdKafka.Destroy(handle);
            throw new InvalidOperationException("librdkafka could not create a mock cluster.");
        }

        return new MockCluster(handle, cluster);
    }

    /// <summary>The mock has no CreateTopics API, so topics exist only through this call.</summary>
    public void CreateTopic(string name, int partitions)
    {
        var error = LibRdKafka.MockTopicCreate(_cluster, name, partitions, replicationFactor: 1);
        if (error != LibRdKafka.NoError)
        {
            var reason = Marshal.PtrToStringUTF8(LibRdKafka.Err2Str(error));
            throw new InvalidOperationException($"The mock cluster could not create topic '{name}': {reason}");
        }
    }

    /// <summary>Changes the address metadata responses name for a broker; its listener stays where it is.</summary>
    public void AdvertiseBroker(int brokerId, string host, int port) =>
        LibRdKafka.MockBrokerSetHostPort(_cluster, brokerId, host, port);

    /// <summary>The broker closes its connections and refuses new ones until <see cref="SetBrokerUp"/>.</summary>
    public void SetBrokerDown(int brokerId) => Check(LibRdKafka.MockBrokerSetDown(_cluster, brokerId), "set the broker down");

    public void SetBrokerUp(int brokerId) => Check(LibRdKafka.MockBrokerSetUp(_cluster, brokerId), "set the broker up");

    /// <summary>Delays every answer of the broker by this round-trip time; zero restores it.</summary>
    public void SetBrokerRoundTrip(int brokerId, TimeSpan roundTrip) =>
        Check(LibRdKafka.MockBrokerSetRtt(_cluster, brokerId, (int)roundTrip.TotalMilliseconds), "set the broker's round-trip time");

    /// <summary>The next <paramref name="count"/> Produce requests to the cluster fail with <paramref name="errorCode"/>.</summary>
    public void FailProduceRequests(int errorCode, int count) =>
        LibRdKafka.MockPushRequestErrorsArray(_cluster, LibRdKafka.ProduceApiKey, (nuint)count, [.. Enumerable.Repeat(errorCode, count)]);

    public void Dispose()
    {
        if (_cluster != 0)
        {
            LibRdKafka.MockClusterDestroy(_cluster);
            _cluster = 0;
        }

        if (_handle != 0)
        {
            LibRdKafka.Destroy(_handle);
            _handle = 0;
        }
    }

    private static void Check(int error, string action)
    {
        if (error != LibRdKafka.NoError)
        {
            throw new InvalidOperationException($"The mock cluster could not {action}: {Marshal.PtrToStringUTF8(LibRdKafka.Err2Str(error))}");
        }
    }

    private static DnsEndPoint ParseEndPoint(string bootstraps)
    {
        var first = bootstraps.Split(',')[0];
        var separator = first.LastIndexOf(':');
        return new DnsEndPoint(first[..separator], int.Parse(first[(separator + 1)..], CultureInfo.InvariantCulture));
    }

    private static string ReadError(byte[] error)
    {
        var length = Array.IndexOf(error, (byte)0);
        return Encoding.UTF8.GetString(error, 0, length < 0 ? error.Length : length);
    }
}
