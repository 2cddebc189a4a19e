using Microsoft.AspNetCore.Http;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;

namespace Pms.Auth.Services;

/// <summary>
/// Adds audit entries to the current unit of work, so an entry is saved with the change it
/// describes (or, for refusals, by the caller's SaveChanges).
/// </summary>
public sealed class AuditTrail(AuthDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(AuditAction action, bool succeeded, Guid? subjectUserId = null, string? subjectEmail = null, string? detail = null)
    {
        var context = http.HttpContext;
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            OccurredAt = clock.GetUtcNow(),
            Action = action,
            Succeeded = succeeded,
            Actor = context?.User.FindFirst("sub")?.Value,
            SubjectUserId = subjectUserId,
            SubjectEmail = subjectEmail,
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            Detail = detail,
        });
    }
}
