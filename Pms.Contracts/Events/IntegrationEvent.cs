namespace Pms.Contracts.Events;

/// <summary>
/// What every PMS event carries besides its own data. The event type is the record's name,
/// trace context travels in the Kafka headers, and <see cref="Subject"/> is the partition key
/// so one patient's events stay in order.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;

    public int SchemaVersion { get; init; } = 1;

    public abstract string Source { get; }

    public abstract string Subject { get; }
}
