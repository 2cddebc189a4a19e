using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using OpenTelemetry;
using OpenTelemetry.Context.Propagation;

namespace Pms.ServiceDefaults.Kafka;

/// <summary>W3C trace context in Kafka headers, for clients that are not driven by Wolverine.</summary>
public static class KafkaTraceContext
{
    public const string ActivitySourceName = "Pms.Kafka";
    private static readonly ActivitySource Source = new(ActivitySourceName);

    public static async Task<DeliveryResult<string, byte[]>> ProduceWithTraceAsync(
        this IProducer<string, byte[]> producer, string topic, Message<string, byte[]> message, CancellationToken cancellationToken = default)
    {
        using var activity = Source.StartActivity($"{topic} publish", ActivityKind.Producer);
        activity?.SetTag("messaging.system", "kafka");
        activity?.SetTag("messaging.destination.name", topic);

        message.Headers ??= [];
        var context = activity?.Context ?? Activity.Current?.Context ?? default;
        Propagators.DefaultTextMapPropagator.Inject(
            new PropagationContext(context, Baggage.Current),
            message.Headers,
            static (headers, key, value) =>
            {
                headers.Remove(key);
                headers.Add(key, Encoding.UTF8.GetBytes(value));
            });

        return await producer.ProduceAsync(topic, message, cancellationToken);
    }

    public static Activity? StartConsumeActivity(ConsumeResult<string, byte[]> result)
    {
        var parent = Propagators.DefaultTextMapPropagator.Extract(
            default,
            result.Message.Headers,
            static (headers, key) => headers is not null && headers.TryGetLastBytes(key, out var value)
                ? [Encoding.UTF8.GetString(value)]
                : []);

        var activity = Source.StartActivity($"{result.Topic} process", ActivityKind.Consumer, parent.ActivityContext);
        activity?.SetTag("messaging.system", "kafka");
        activity?.SetTag("messaging.destination.name", result.Topic);
        return activity;
    }
}
