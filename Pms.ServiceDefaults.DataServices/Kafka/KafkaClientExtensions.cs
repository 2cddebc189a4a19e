using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pms.Contracts;

namespace Pms.ServiceDefaults.Kafka;

/// <summary>
/// Registers Confluent.Kafka clients the way an Aspire client integration would:
/// configuration from <c>ConnectionStrings:kafka</c> and section <c>Kafka</c>, a health check,
/// and trace context carried in message headers (<see cref="KafkaTraceContext"/>).
/// </summary>
public static class KafkaClientExtensions
{
    public static IHostApplicationBuilder AddKafkaClientOptions(this IHostApplicationBuilder builder, string connectionName = ResourceNames.Kafka)
    {
        builder.Services.AddOptions<KafkaClientOptions>()
            .BindConfiguration(KafkaClientOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.BootstrapServers = configuration.GetConnectionString(connectionName) ?? options.BootstrapServers)
            .Validate(options => !string.IsNullOrWhiteSpace(options.BootstrapServers), $"ConnectionStrings:{connectionName} is required.")
            .ValidateOnStart();
        return builder;
    }

    public static IHostApplicationBuilder AddKafkaProducer(this IHostApplicationBuilder builder, string connectionName = ResourceNames.Kafka)
    {
        builder.AddKafkaClientOptions(connectionName);
        builder.Services.AddSingleton(services =>
            new ProducerBuilder<string, byte[]>(services.GetRequiredService<IOptions<KafkaClientOptions>>().Value.CreateProducerConfig()).Build());
        builder.Services.AddHealthChecks().AddCheck<KafkaHealthCheck>(ResourceNames.Kafka);
        return builder;
    }

    public static IHostApplicationBuilder AddKafkaConsumer(this IHostApplicationBuilder builder, string groupId, string connectionName = ResourceNames.Kafka)
    {
        builder.AddKafkaClientOptions(connectionName);
        builder.Services.AddSingleton(services =>
            new ConsumerBuilder<string, byte[]>(services.GetRequiredService<IOptions<KafkaClientOptions>>().Value.CreateConsumerConfig(groupId)).Build());
        return builder;
    }
}
