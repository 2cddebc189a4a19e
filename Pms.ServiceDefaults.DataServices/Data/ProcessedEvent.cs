namespace Pms.ServiceDefaults.Data;

/// <summary>
/// Records that a handler has applied an event, in the same transaction as its effect, so a
/// redelivery long after Wolverine's inbox forgot the envelope still has no second effect.
/// </summary>
public sealed class ProcessedEvent
{
    public Guid EventId { get; set; }

    public string Handler { get; set; } = "";

    public DateTimeOffset ProcessedAt { get; set; }
}
