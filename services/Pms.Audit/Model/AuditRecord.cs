namespace Pms.Audit.Model;

/// <summary>
/// One audited access as stored: the record a service sent, its place in that service's chain, and the hash that ties it
/// to the record before it. Never updated, never deleted before the retention period ends (the database refuses).
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    /// <summary>The id of the event that carried it, so a redelivered record is stored once.</summary>
    public Guid RecordId { get; set; }

    public required string Service { get; set; }

    /// <summary>Position in the service's chain, from 1.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public string? UserEmail { get; set; }

    public string? Role { get; set; }

    public required string Client { get; set; }

    public required string Action { get; set; }

    public required string ResourceType { get; set; }

    public string? ResourceId { get; set; }

    public Guid[] PatientIds { get; set; } = [];

    public string? ClientIp { get; set; }

    public required string Outcome { get; set; }

    public int Status { get; set; }

    public string? CorrelationId { get; set; }

    public required byte[] PreviousHash { get; set; }

    public required byte[] Hash { get; set; }
}
