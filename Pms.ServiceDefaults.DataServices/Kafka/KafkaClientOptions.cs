using Confluent.Kafka;

namespace Pms.ServiceDefaults.Kafka;

/// <summary>
/// Kafka client settings of a service: the bootstrap servers come from
/// <c>ConnectionStrings:kafka</c>; section <c>Kafka</c> tunes producers and consumers
/// (the AppHost sets short fetch waits and session timeouts for the embedded broker) and, in a cluster, says how the
/// service signs in to the broker (<see cref="SecurityProtocol"/> and the SASL settings) and which authority it trusts
/// for the broker's TLS certificate (<see cref="SslCaLocation"/>), for every client alike.
/// </summary>
public sealed class KafkaClientOptions
{
    public const string SectionName = "Kafka";

    public string BootstrapServers { get; set; } = "";

    public SecurityProtocol? SecurityProtocol { get; set; }

    public SaslMechanism? SaslMechanism { get; set; }

    public string? SaslUsername { get; set; }

    public string? SaslPassword { get; set; }

    /// <summary>PEM file of the certificate authority that signed the broker's certificate, when the listener is TLS.</summary>
    public string? SslCaLocation { get; set; }

    public ProducerConfig Producer { get; set; } = new();

    public ConsumerConfig Consumer { get; set; } = new();

    public ProducerConfig CreateProducerConfig()
    {
        var config = new ProducerConfig(Producer.ToDictionary(setting => setting.Key, setting => setting.Value))
        {
            BootstrapServers = BootstrapServers,
            EnableIdempotence = Producer.EnableIdempotence ?? true,
            Acks = Producer.Acks ?? Acks.All,
        };
        ApplySecurityTo(config);
        return config;
    }

    public ConsumerConfig CreateConsumerConfig(string groupId)
    {
        var config = new ConsumerConfig(Consumer.ToDictionary(setting => setting.Key, setting => setting.Value))
        {
            BootstrapServers = BootstrapServers,
            GroupId = groupId,
            EnableAutoCommit = false,
            AutoOffsetReset = Consumer.AutoOffsetReset ?? AutoOffsetReset.Earliest,
        };
        ApplySecurityTo(config);
        return config;
    }

    public void ApplyTo(ProducerConfig target)
    {
        foreach (var setting in CreateProducerConfig())
        {
            target.Set(setting.Key, setting.Value);
        }
    }

    public void ApplyTo(ConsumerConfig target)
    {
        foreach (var setting in Consumer)
        {
            target.Set(setting.Key, setting.Value);
        }

        target.BootstrapServers = BootstrapServers;
        target.AutoOffsetReset ??= AutoOffsetReset.Earliest;
        ApplySecurityTo(target);
    }

    /// <summary>How to sign in and whom to trust, for any client: Wolverine's admin client as much as producers and consumers.</summary>
    public void ApplySecurityTo(ClientConfig target)
    {
        if (SecurityProtocol is { } protocol)
        {
            target.SecurityProtocol = protocol;
        }

        if (SaslMechanism is { } mechanism)
        {
            target.SaslMechanism = mechanism;
        }

        if (SaslUsername is not null)
        {
            target.SaslUsername = SaslUsername;
            target.SaslPassword = SaslPassword;
        }

        if (SslCaLocation is not null)
        {
            target.SslCaLocation = SslCaLocation;
        }
    }
}
