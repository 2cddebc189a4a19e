using Pms.Audit.Model;

namespace Pms.Audit.Dtos;

public sealed record AuditItemDto(
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
    string? CorrelationId)
{
    /// <summary>A record of one patient names them in <see cref="PatientId"/>; a search lists every patient it returned.</summary>
    public static AuditItemDto From(AuditRecord record) => new(
        record.At, record.UserId, record.UserName, record.Role, record.Action, record.ResourceType, record.ResourceId,
        record.PatientIds.Length == 1 ? record.PatientIds[0] : null, record.PatientIds, record.Service, record.Client,
        record.ClientIp, record.Outcome, record.Status, record.CorrelationId);
}
