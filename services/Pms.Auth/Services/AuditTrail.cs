using Pms.Auth.Infrastructure;
using Pms.Auth.Model;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Audit;
using SharedAuditTrail = Pms.ServiceDefaults.Audit.AuditTrail;

namespace Pms.Auth.Services;

/// <summary>
/// Adds audit entries to the current unit of work, so an entry is saved with the change it
/// describes (or, for refusals, by the caller's SaveChanges). What concerns people (sign-ins, their
/// accounts, roles, locks, passwords and second factors) also goes to the audit store, as every
/// service's accesses do.
/// </summary>
public sealed class AuditTrail(AuthDbContext db, SharedAuditTrail shared, IHttpContextAccessor http, TimeProvider clock)
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
        if (InTheAuditStore(action) is { } storedAction)
        {
            shared.Record(storedAction, AuditResources.Account, subjectUserId?.ToString(), [], new AuditActor(subjectUserId, null, subjectEmail, null));
        }
    }

    private static string? InTheAuditStore(AuditAction action) => action switch
    {
        AuditAction.LoginSucceeded => AuditActions.Login,
        AuditAction.LoginFailed or AuditAction.LoginLockedOut or AuditAction.AccountLockedOut or AuditAction.MfaChallengeFailed => AuditActions.LoginFailed,
        AuditAction.LoggedOut => AuditActions.Logout,
        AuditAction.UserRegistered or AuditAction.UserCreated => AuditActions.Create,
        AuditAction.RolesChanged => AuditActions.RoleChanged,
        AuditAction.UserLocked => AuditActions.Lock,
        AuditAction.UserUnlocked => AuditActions.Unlock,
        AuditAction.PasswordChanged or AuditAction.PasswordReset => AuditActions.PasswordChanged,
        AuditAction.MfaEnrolled or AuditAction.MfaReset => AuditActions.MfaChanged,
        _ => null,
    };
}
