using Confluent.Kafka;

namespace Pms.ServiceDefaults.Kafka;

/// <summary>
/// Kafka client settings of a service: the bootstrap servers come from
/// <c>ConnectionStrings:kafka</c>; section <c>Kafka</c> tunes producers and consumers
/// (the AppHost sets short fetch waits and session timeouts for the embedded broker).
/// </summary>
public sealed class KafkaClientOptions
{
    public const string SectionName = "Kafka";

    public string BootstrapServers { get; set; } = "";

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
    }
}
