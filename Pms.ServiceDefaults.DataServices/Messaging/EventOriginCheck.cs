using Pms.Contracts;
using Wolverine;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>
/// Believes an event from Kafka only when it came on a topic that carries its type (<see cref="Topics.Definitions"/>).
/// The broker lets only a topic's owner write to it, so this check is what stops a service from passing off, say, a
/// password-reset notice as auth-service's by publishing it to its own topic, which notification-service also reads.
/// Messages from anywhere else (local queues, replays of dead letters) are not Kafka's to judge.
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
