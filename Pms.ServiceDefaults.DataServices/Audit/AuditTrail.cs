using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Messaging;
using Wolverine;

namespace Pms.ServiceDefaults.Audit;

/// <summary>
/// The accesses one request makes to audited data. Handlers say what they touch (<see cref="Record(string, string, Guid?, Guid?)"/>)
/// before they know how it ends; <see cref="AuditFilter"/> stamps the outcome from the answer and stores the records
/// durably before the answer leaves. A change enlists its records in its own outbox (<see cref="EnlistAsync"/>), so they
/// commit in the same transaction as the change.
/// </summary>
public sealed class AuditTrail(IHttpContextAccessor http, AuditSource source, TimeProvider clock)
{
    private readonly List<Access> _pending = [];

    public bool HasPending => _pending.Count > 0;

    public void Record(string action, string resourceType, Guid? resourceId, Guid? patientId) =>
        Record(action, resourceType, resourceId?.ToString(), patientId is { } id ? [id] : []);

    /// <param name="actor">Who acted when the request does not say it (a sign-in names its account only once it succeeds).</param>
    public void Record(string action, string resourceType, string? resourceId, IEnumerable<Guid> patientIds, AuditActor? actor = null) =>
        _pending.Add(new Access(action, resourceType, resourceId, [.. patientIds.Distinct()], actor));

    /// <summary>Publishes the records made so far into <paramref name="outbox"/>, as the change they describe succeeded.</summary>
    public async Task EnlistAsync(IMessageBus outbox, int status = StatusCodes.Status200OK)
    {
        foreach (var record in Take(status))
        {
            await outbox.PublishEventAsync(record);
        }
    }

    /// <summary>The records made so far, stamped with the answer's status; the trail is empty afterwards.</summary>
    public IReadOnlyList<AuditRecorded> Take(int status)
    {
        var context = http.HttpContext;
        var records = _pending.Select(access => Describe(access, status, context)).ToList();
        _pending.Clear();
        return records;
    }

    private AuditRecorded Describe(Access access, int status, HttpContext? context)
    {
        var user = context?.User;
        var subject = user?.FindFirst(AuthenticationExtensions.SubjectClaim)?.Value;
        var isService = subject?.StartsWith("service:", StringComparison.Ordinal) == true;
        var caller = user?.Identity?.IsAuthenticated == true && !isService ? Caller.From(user) : null;
        var actor = caller is not null
            ? new AuditActor(caller.UserId, caller.Name, user!.FindFirst(JwtRegisteredClaimNames.Email)?.Value, caller.Roles)
            : access.Actor;
        return new AuditRecorded
        {
            Service = source.Service,
            OccurredAt = AuditTime.Truncate(clock.GetUtcNow()),
            UserId = actor?.UserId,
            UserName = actor?.Name ?? (isService ? subject : null),
            UserEmail = actor?.Email,
            Role = isService ? AuditClients.Service : actor?.Roles,
            Client = isService ? AuditClients.Service : ClientOf(context),
            Action = access.Action,
            ResourceType = access.ResourceType,
            ResourceId = access.ResourceId,
            PatientIds = access.PatientIds,
            ClientIp = context?.Connection.RemoteIpAddress?.ToString(),
            Outcome = status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound
                ? AuditOutcomes.Denied
                : AuditOutcomes.Allowed,
            Status = status,
            CorrelationId = Activity.Current?.TraceId.ToString(),
        };
    }

    private static string ClientOf(HttpContext? context) =>
        string.Equals(context?.Request.Headers[AuditClients.Header], AuditClients.Web, StringComparison.OrdinalIgnoreCase)
            ? AuditClients.Web
            : AuditClients.Api;

    private sealed record Access(string Action, string ResourceType, string? ResourceId, IReadOnlyList<Guid> PatientIds, AuditActor? Actor);
}
