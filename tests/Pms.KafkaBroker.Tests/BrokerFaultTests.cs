using Pms.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Confluent.Kafka;

namespace Pms.KafkaBroker.Tests;

/// <summary>The fault controls act on the real broker: clients see it down, slow, or refusing produce requests.</summary>
public sealed class BrokerFaultTests(BrokerFixture broker) : IClassFixture<BrokerFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task A_message_produced_while_the_broker_is_down_is_delivered_only_once_it_is_back()
    {
        // Arrange
        using var producer = Producer();
        await producer.ProduceAsync("t1", new Message<Null, string> { Value = "warm-up" }, Cancellation);
        using var control = broker.CreateClient();

        // Act
        using var down = await control.PostAsJsonAsync("/api/faults/broker-down", new { seconds = 3 }, Cancellation);
        var elapsed = Stopwatch.StartNew();
        var delivery = await producer.ProduceAsync("t1", new Message<Null, string> { Value = "during the outage" }, Cancellation);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, down.StatusCode);
        Assert.Equal(PersistenceStatus.Persisted, delivery.Status);
        Assert.InRange(elapsed.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20));
    }

    [TimedFact]
    public async Task Added_latency_slows_every_answer_until_it_ends()
    {
        // Arrange
        using var producer = Producer();
        await producer.ProduceAsync("t2", new Message<Null, string> { Value = "warm-up" }, Cancellation);
        using var control = broker.CreateClient();

        // Act
        using var latency = await control.PostAsJsonAsync("/api/faults/latency", new { milliseconds = 700, seconds = 2 }, Cancellation);
        var slow = await TimeProduceAsync(producer);
        await Task.Delay(TimeSpan.FromSeconds(2.5), Cancellation);
        var restored = await TimeProduceAsync(producer);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, latency.StatusCode);
        Assert.True(slow >= TimeSpan.FromMilliseconds(700), $"A produce under 700 ms of latency took {slow.TotalMilliseconds} ms.");
        Assert.True(restored < TimeSpan.FromMilliseconds(500), $"A produce after the latency ended took {restored.TotalMilliseconds} ms.");
    }

    [TimedFact]
    public async Task Pushed_errors_fail_the_next_produce_requests_with_that_code()
    {
        // Arrange
        using var producer = Producer();
        await producer.ProduceAsync("t1", new Message<Null, string> { Value = "warm-up" }, Cancellation);
        using var control = broker.CreateClient();

        // Act
        using var pushed = await control.PostAsJsonAsync("/api/faults/partition-errors", new { topic = "t1", errorCode = 29, count = 1 }, Cancellation);
        var failure = await Assert.ThrowsAsync<ProduceException<Null, string>>(
            () => producer.ProduceAsync("t1", new Message<Null, string> { Value = "refused" }, Cancellation));
        using var another = Producer();
        var next = await another.ProduceAsync("t1", new Message<Null, string> { Value = "accepted" }, Cancellation);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, pushed.StatusCode);
        Assert.Equal(ErrorCode.TopicAuthorizationFailed, failure.Error.Code);
        Assert.Equal(PersistenceStatus.Persisted, next.Status);
    }

    [TimedTheory]
    [InlineData("/api/faults/broker-down", """{"seconds":0}""", "seconds")]
    [InlineData("/api/faults/latency", """{"milliseconds":100}""", "seconds")]
    [InlineData("/api/faults/partition-errors", """{"topic":"absent","errorCode":29,"count":1}""", "topic")]
    [InlineData("/api/faults/partition-errors", """{"topic":"t1","errorCode":29,"count":0}""", "count")]
    public async Task Invalid_faults_are_refused_with_the_field_named(string path, string body, string field)
    {
        // Arrange
        using var control = broker.CreateClient();

        // Act
        using var response = await control.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancellation);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"No error for {field}.");
    }

    private IProducer<Null, string> Producer() => new ProducerBuilder<Null, string>(new ProducerConfig
    {
        BootstrapServers = broker.BootstrapServers,
        MessageTimeoutMs = 30_000,
        LingerMs = 0,
    }).Build();

    private static async Task<TimeSpan> TimeProduceAsync(IProducer<Null, string> producer)
    {
        var elapsed = Stopwatch.StartNew();
        await producer.ProduceAsync("t2", new Message<Null, string> { Value = "timed" }, Cancellation);
        return elapsed.Elapsed;
    }
}
