using Confluent.Kafka;

namespace Pms.EndToEnd.Tests;

/// <summary>Reads a topic from the start, as an outside consumer, to see what the services published.</summary>
public sealed class KafkaProbe(PmsAppFixture fixture)
{
    /// <summary>
    /// Every message with <paramref name="key"/>: read until <paramref name="expected"/> of them have arrived
    /// (30 s at most), then on to the end of the topic as it stands at that moment, so that a surplus already
    /// published is returned too and the caller's exact count fails on it.
    /// </summary>
    public async Task<List<Message<string, byte[]>>> ConsumeAsync(string topic, string key, int expected, CancellationToken cancellationToken)
    {
        using var consumer = new ConsumerBuilder<string, byte[]>(await ConfigAsync(cancellationToken)).Build();
        consumer.Subscribe(topic);
        var found = new List<Message<string, byte[]>>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        Dictionary<TopicPartition, long>? ends = null;
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await Task.Run(() => consumer.Consume(TimeSpan.FromMilliseconds(200)), cancellationToken);
                if (result?.Message.Key == key)
                {
                    found.Add(result.Message);
                }

                if (found.Count >= expected)
                {
                    ends ??= consumer.Assignment.ToDictionary(partition => partition, partition => consumer.QueryWatermarkOffsets(partition, TimeSpan.FromSeconds(5)).High.Value);
                    if (ends.All(end => consumer.Position(end.Key).Value >= end.Value || end.Value == 0))
                    {
                        return found;
                    }
                }
            }

            return found;
        }
        finally
        {
            consumer.Close();
        }
    }

    public async Task ProduceAsync(string topic, Message<string, byte[]> message, CancellationToken cancellationToken)
    {
        var config = new ProducerConfig { BootstrapServers = await fixture.App.GetConnectionStringAsync(ResourceNames.Kafka, cancellationToken) };
        using var producer = new ProducerBuilder<string, byte[]>(config).Build();
        await producer.ProduceAsync(topic, message, cancellationToken);
    }

    private async Task<ConsumerConfig> ConfigAsync(CancellationToken cancellationToken) => new()
    {
        BootstrapServers = await fixture.App.GetConnectionStringAsync(ResourceNames.Kafka, cancellationToken),
        GroupId = $"e2e-{Guid.NewGuid():N}",
        AutoOffsetReset = AutoOffsetReset.Earliest,
        FetchWaitMaxMs = 20,
        SessionTimeoutMs = 6000,
    };
}
