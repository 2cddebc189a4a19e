using System.Globalization;

namespace Pms.Web.Gateway.Models;

/// <summary>The audit log's filter, as the admin's page holds it and as the query string carries it.</summary>
public sealed record AuditQuery(Guid? PatientId = null, Guid? UserId = null, string? Action = null, string? ResourceType = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The filter's query string without the leading '?'; days run from midnight UTC, <see cref="To"/> included.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (PatientId is { } patientId)
        {
            parts.Add($"patientId={patientId}");
        }

        if (UserId is { } userId)
        {
            parts.Add($"userId={userId}");
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            parts.Add($"action={Uri.EscapeDataString(Action)}");
        }

        if (!string.IsNullOrWhiteSpace(ResourceType))
        {
            parts.Add($"resourceType={Uri.EscapeDataString(ResourceType)}");
        }

        if (From is { } from)
        {
            parts.Add($"from={Day(from)}");
        }

        if (To is { } to)
        {
            parts.Add($"to={Day(to.AddDays(1))}");
        }

        return string.Join('&', parts);
    }

    private static string Day(DateOnly day) => Uri.EscapeDataString(day.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture));
}
