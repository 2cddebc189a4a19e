using Pms.Contracts.Events;

namespace Pms.Contracts.Audit;

/// <summary>
/// One access to data that PMS audits, as the service that served it saw it: who (the account's name and email at the
/// time), through which client, what they did to which resource of which patients, from where, and how it ended. It
/// names records by id only: never a patient's name, never what was searched for. Keyed by the service, so that one
/// service's records reach the audit store in the order they were made.
/// </summary>
public sealed record AuditRecorded : IntegrationEvent
{
    public required string Service { get; init; }

    public Guid? UserId { get; init; }

    public string? UserName { get; init; }

    public string? UserEmail { get; init; }

    /// <summary>The caller's roles, comma-separated; <c>Service</c> for another PMS service.</summary>
    public string? Role { get; init; }

    /// <summary>One of <see cref="AuditClients"/>.</summary>
    public required string Client { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    public required string ResourceType { get; init; }

    public string? ResourceId { get; init; }

    /// <summary>Every patient the access concerned: one for a record, the patients on the page served for a search.</summary>
    public IReadOnlyList<Guid> PatientIds { get; init; } = [];

    public string? ClientIp { get; init; }

    /// <summary>One of <see cref="AuditOutcomes"/>.</summary>
    public required string Outcome { get; init; }

    /// <summary>The HTTP status the caller was given.</summary>
    public int Status { get; init; }

    /// <summary>The trace id of the request, as the telemetry shows it.</summary>
    public string? CorrelationId { get; init; }

    public override string Source => Service;

    public override string Subject => Service;
}
