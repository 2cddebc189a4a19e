using Confluent.Kafka;

namespace Pms.EndToEnd.Tests;

/// <summary>Reads a topic from the start, as an outside consumer, to see what the services published.</summary>
public sealed class KafkaProbe(PmsAppFixture fixture)
{
    /// <summary>
    /// Every message with <paramref name="key"/> the topic holds once the first has arrived: the topic is
    /// read to the end it had at that moment, not until some quiet time has passed.
    /// </summary>
    public async Task<List<Message<string, byte[]>>> ConsumeAsync(string topic, string key, CancellationToken cancellationToken)
    {
        using var consumer = new ConsumerBuilder<string, byte[]>(await ConfigAsync(cancellationToken)).Build();
        var partitions = await PartitionsAsync(topic, cancellationToken);
        consumer.Assign(partitions.Select(partition => new TopicPartitionOffset(partition, Offset.Beginning)));
        var found = new List<Message<string, byte[]>>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                var ends = partitions
                    .Select(partition => (Partition: partition, Offsets: consumer.QueryWatermarkOffsets(partition, TimeSpan.FromSeconds(10))))
                    .Where(partition => partition.Offsets.High.Value > partition.Offsets.Low.Value)
                    .ToDictionary(partition => partition.Partition, partition => partition.Offsets.High.Value);
                await Task.Run(() => ReadTo(consumer, ends, key, found, cancellationToken), cancellationToken);
                if (found.Count > 0)
                {
                    return found;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }

            return found;
        }
        finally
        {
            consumer.Close();
        }
    }

    private static void ReadTo(IConsumer<string, byte[]> consumer, Dictionary<TopicPartition, long> ends, string key, List<Message<string, byte[]>> found, CancellationToken cancellationToken)
    {
        while (ends.Any(end => consumer.Position(end.Key).Value < end.Value))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { } result && result.Message.Key == key)
            {
                found.Add(result.Message);
            }
        }
    }

    private async Task<List<TopicPartition>> PartitionsAsync(string topic, CancellationToken cancellationToken)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = await fixture.App.GetConnectionStringAsync(ResourceNames.Kafka, cancellationToken) }).Build();
        return [.. admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions.Select(partition => new TopicPartition(topic, partition.PartitionId))];
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
