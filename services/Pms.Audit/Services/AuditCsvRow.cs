using System.Globalization;
using CsvHelper.Configuration.Attributes;
using Pms.Audit.Model;

namespace Pms.Audit.Services;

/// <summary>A line of the audit log's CSV: times in UTC to the microsecond, a record's patient ids separated by spaces.</summary>
public sealed record AuditCsvRow(
    [property: Name("at")] string At,
    [property: Name("userId")] Guid? UserId,
    [property: Name("userName")] string? UserName,
    [property: Name("role")] string? Role,
    [property: Name("action")] string Action,
    [property: Name("resourceType")] string ResourceType,
    [property: Name("resourceId")] string? ResourceId,
    [property: Name("patientIds")] string PatientIds,
    [property: Name("service")] string Service,
    [property: Name("client")] string Client,
    [property: Name("clientIp")] string? ClientIp,
    [property: Name("outcome")] string Outcome,
    [property: Name("status")] int Status,
    [property: Name("correlationId")] string? CorrelationId)
{
    public static AuditCsvRow From(AuditRecord record) => new(
        record.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        record.UserId,
        record.UserName,
        record.Role,
        record.Action,
        record.ResourceType,
        record.ResourceId,
        string.Join(' ', record.PatientIds),
        record.Service,
        record.Client,
        record.ClientIp,
        record.Outcome,
        record.Status,
        record.CorrelationId);
}
