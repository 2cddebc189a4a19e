namespace Pms.Web.Gateway.Models;

public sealed record AuditEntry(
    DateTimeOffset At,
    Guid? UserId,
    string? UserName,
    string? Role,
    string Action,
    string ResourceType,
    string? ResourceId,
    Guid? PatientId,
    IReadOnlyList<Guid> PatientIds,
    string Service,
    string Client,
    string? ClientIp,
    string Outcome,
    int Status,
    string? CorrelationId);
