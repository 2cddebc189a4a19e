using Pms.Testing;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Pms.KafkaBroker.Tests;

public sealed class KafkaBrokerTests(BrokerFixture broker) : IClassFixture<BrokerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [TimedFact]
    public async Task Health_is_healthy_when_metadata_through_the_forwarded_port_lists_every_topic()
    {
        // Arrange
        using var client = broker.CreateClient();

        // Act
        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        // Assert
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [TimedFact]
    public async Task Health_is_unhealthy_when_a_configured_topic_does_not_exist()
    {
        // Arrange
        var options = Options.Create(new BrokerOptions { Port = broker.Port, Topics = ["t1", "absent"] });
        using var check = new KafkaHealthCheck(options, NullLogger<KafkaHealthCheck>.Instance);
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("kafka", check, HealthStatus.Unhealthy, tags: null),
        };

        // Act
        var result = await check.CheckHealthAsync(context, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("absent", result.Description, StringComparison.Ordinal);
    }

    [TimedFact]
    public async Task A_keyed_message_with_headers_is_consumed_by_a_group_that_commits_its_offset()
    {
        // Arrange
        var message = new Message<string, string>
        {
            Key = "patient-42",
            Value = """{"patientId":42}""",
            Headers = new Headers { { "message-type", Encoding.UTF8.GetBytes("PatientRegistered") } },
        };
        using var producer = new ProducerBuilder<string, string>(new ProducerConfig
        {
            BootstrapServers = broker.BootstrapServers,
            EnableIdempotence = true,
        }).Build();
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = broker.BootstrapServers,
            GroupId = $"tests-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            FetchWaitMaxMs = 20,
            SessionTimeoutMs = 6000,
        }).Build();
        consumer.Subscribe("t1");

        // Act
        var delivery = await producer.ProduceAsync("t1", message, TestContext.Current.CancellationToken);
        var consumed = ConsumeOne(consumer);
        consumer.Commit(consumed);
        var committed = consumer.Committed([consumed.TopicPartition], Timeout);
        consumer.Close();

        // Assert
        Assert.Equal(PersistenceStatus.Persisted, delivery.Status);
        Assert.Equal("patient-42", consumed.Message.Key);
        Assert.Equal("""{"patientId":42}""", consumed.Message.Value);
        Assert.Equal("PatientRegistered", Encoding.UTF8.GetString(consumed.Message.Headers.GetLastBytes("message-type")));
        Assert.Equal(consumed.Offset + 1, Assert.Single(committed).Offset);
    }

    [Fact]
    public void Metadata_lists_the_configured_topics_and_advertises_the_forwarded_address()
    {
        // Arrange
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = broker.BootstrapServers }).Build();

        // Act
        var metadata = admin.GetMetadata(Timeout);

        // Assert
        var advertised = Assert.Single(metadata.Brokers);
        Assert.Equal(("127.0.0.1", broker.Port), (advertised.Host, advertised.Port));
        var t1 = Assert.Single(metadata.Topics, topic => topic.Topic == "t1");
        Assert.Equal(BrokerFixture.Partitions, t1.Partitions.Count);
        Assert.Contains(metadata.Topics, topic => topic.Topic == "t2");
    }

    private static ConsumeResult<string, string> ConsumeOne(IConsumer<string, string> consumer)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { } result)
            {
                return result;
            }
        }

        throw new TimeoutException("No message arrived within the timeout.");
    }
}
