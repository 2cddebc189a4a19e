namespace Pms.Audit.Dtos;

/// <summary>The filter of the audit log and of its export, from the query string.</summary>
public sealed record AuditFilterRequest(Guid? PatientId, Guid? UserId, string? Action, string? ResourceType, DateTimeOffset? From, DateTimeOffset? To);
