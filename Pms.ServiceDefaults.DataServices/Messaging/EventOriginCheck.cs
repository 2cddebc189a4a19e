using Pms.Contracts;
using Wolverine;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>
/// Believes an event from Kafka only when it came on a topic that carries its type (<see cref="Topics.Definitions"/>).
/// The broker lets only a topic's owner write to it, so this check is what stops a service from passing off, say, a
/// password-reset notice as auth-service's by publishing it to its own topic, which notification-service also reads.
/// Messages from local queues are not Kafka's to judge; a dead letter that came from Kafka is judged again when replayed.
/// Audit records are handled in batches assembled on a local queue, so this check does not reach them: every data
/// service may write the audit topic, so the broker's ACLs are all that stands behind an audit record's service.
/// </summary>
public static class EventOriginCheck
{
    public const string KafkaScheme = "kafka";

    public static void Before(Envelope envelope)
    {
        if (envelope.Destination is not { Scheme: KafkaScheme } address || envelope.Message is not { } message)
        {
            return;
        }

        var topic = address.Segments[^1].Trim('/');
        if (Topics.Find(topic) is not { } definition || !definition.Carries(message.GetType()))
        {
            throw new EventFromWrongTopicException(message.GetType(), topic);
        }
    }
}

/// <summary>An event arrived on a topic that does not carry its type; no retry can make it believable.</summary>
public sealed class EventFromWrongTopicException(Type eventType, string topic)
    : Exception($"{eventType.Name} is not an event of topic '{topic}', whose producers may not publish it; it was not handled.");
