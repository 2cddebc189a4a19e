using System.Globalization;
using Pms.Audit.Model;

namespace Pms.Audit.Services;

/// <summary>The audit log's CSV: RFC 4180 quoting, ISO times in UTC, patient ids separated by spaces.</summary>
public static class AuditCsv
{
    public const string Header = "at,userId,userName,role,action,resourceType,resourceId,patientIds,service,client,clientIp,outcome,status,correlationId";

    public static string Line(AuditRecord record) => string.Join(',',
        record.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        record.UserId?.ToString() ?? "",
        Quoted(record.UserName),
        Quoted(record.Role),
        record.Action,
        record.ResourceType,
        Quoted(record.ResourceId),
        string.Join(' ', record.PatientIds),
        record.Service,
        record.Client,
        record.ClientIp ?? "",
        record.Outcome,
        record.Status.ToString(CultureInfo.InvariantCulture),
        record.CorrelationId ?? "");

    private static string Quoted(string? value)
    {
        if (value is null)
        {
            return "";
        }

        // A spreadsheet would run a cell that starts like a formula.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
