using System.ComponentModel.DataAnnotations;

namespace Pms.KafkaBroker;

public sealed class BrokerOptions
{
    public const string SectionName = "Broker";

    /// <summary>Address the forwarder listens on and the broker advertises to clients.</summary>
    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 9092;

    /// <summary>Partition count of every configured topic.</summary>
    [Range(1, 10_000)]
    public int Partitions { get; set; } = 3;

    public IList<string> Topics { get; set; } = [];

    public string BootstrapServers => $"{Host}:{Port}";
}
