using Pms.Testing;
using System.Diagnostics;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Pms.ServiceDefaults.Kafka;

namespace Pms.ServiceDefaults.Tests;

public sealed class KafkaClientTests(EmbeddedBroker broker) : IClassFixture<EmbeddedBroker>, IDisposable
{
    private readonly ActivityListener _listener = new()
    {
        ShouldListenTo = source => source.Name is KafkaTraceContext.ActivitySourceName or "test",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    [TimedFact]
    public async Task ClientsComeFromTheKafkaConnectionStringAndCarryTraceContextAcross()
    {
        ActivitySource.AddActivityListener(_listener);
        using var host = BuildHost();
        var producer = host.Services.GetRequiredService<IProducer<string, byte[]>>();
        var consumer = host.Services.GetRequiredService<IConsumer<string, byte[]>>();
        using var source = new ActivitySource("test");
        using var request = source.StartActivity("handling a request")!;
        var key = Guid.NewGuid().ToString();

        await producer.ProduceWithTraceAsync(EmbeddedBroker.Topic, new Message<string, byte[]> { Key = key, Value = [1, 2, 3] }, TestContext.Current.CancellationToken);
        consumer.Subscribe(EmbeddedBroker.Topic);
        var received = ConsumeKey(consumer, key);
        using var processing = KafkaTraceContext.StartConsumeActivity(received);

        Assert.True(received.Message.Headers.TryGetLastBytes("traceparent", out _));
        Assert.NotNull(processing);
        Assert.Equal(request.TraceId, processing.TraceId);
        Assert.Equal(ActivityKind.Consumer, processing.Kind);
    }

    [TimedFact]
    public async Task TheHealthCheckAsksTheBroker()
    {
        using var host = BuildHost();

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Healthy, report.Entries["kafka"].Status);
    }

    [Fact]
    public void SignInSettingsReachProducersAndConsumersAlike()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kafka:SecurityProtocol"] = "SaslPlaintext",
            ["Kafka:SaslMechanism"] = "ScramSha512",
            ["Kafka:SaslUsername"] = "patients",
            ["Kafka:SaslPassword"] = "letters0and0digits",
            ["Kafka:Consumer:FetchWaitMaxMs"] = "20",
        }).Build();
        var options = configuration.GetSection(KafkaClientOptions.SectionName).Get<KafkaClientOptions>()!;
        var wolverineConsumer = new ConsumerConfig();
        var wolverineProducer = new ProducerConfig();

        options.ApplyTo(wolverineConsumer);
        options.ApplyTo(wolverineProducer);

        Assert.All(new ClientConfig[] { options.CreateProducerConfig(), options.CreateConsumerConfig("patients"), wolverineConsumer, wolverineProducer }, config =>
        {
            Assert.Equal(SecurityProtocol.SaslPlaintext, config.SecurityProtocol);
            Assert.Equal(SaslMechanism.ScramSha512, config.SaslMechanism);
            Assert.Equal("patients", config.SaslUsername);
            Assert.Equal("letters0and0digits", config.SaslPassword);
        });
        Assert.Equal(20, wolverineConsumer.FetchWaitMaxMs);
    }

    [Fact]
    public void WithoutSignInSettingsClientsConnectAsBefore()
    {
        var options = new KafkaClientOptions { BootstrapServers = "127.0.0.1:9092" };

        Assert.Null(options.CreateProducerConfig().SecurityProtocol);
        Assert.Null(options.CreateConsumerConfig("billing").SaslUsername);
    }

    public void Dispose() => _listener.Dispose();

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:kafka"] = broker.BootstrapServers;
        builder.Configuration["Kafka:Consumer:FetchWaitMaxMs"] = "20";
        builder.Configuration["Kafka:Consumer:SessionTimeoutMs"] = "6000";
        builder.AddKafkaProducer();
        builder.AddKafkaConsumer($"test-{Guid.NewGuid():N}");
        builder.Services.AddHealthChecks();
        return builder.Build();
    }

    private static ConsumeResult<string, byte[]> ConsumeKey(IConsumer<string, byte[]> consumer, string key)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { } result && result.Message.Key == key)
            {
                return result;
            }
        }

        throw new TimeoutException($"No message with key {key} arrived.");
    }
}
