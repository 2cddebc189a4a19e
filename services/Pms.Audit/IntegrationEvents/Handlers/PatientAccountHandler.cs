using Pms.Audit.Infrastructure;
using Pms.Audit.Model;
using Pms.Contracts.Events;

namespace Pms.Audit.IntegrationEvents.Handlers;

/// <summary>Learns which account owns which patient record, so a patient can be shown who accessed it.</summary>
public static class PatientAccountHandler
{
    public static Task Handle(PatientRegistered registered, AuditDbContext db, CancellationToken cancellationToken) =>
        LinkAsync(db, registered.PatientId, registered.AuthUserId, cancellationToken);

    public static Task Handle(PatientUpdated updated, AuditDbContext db, CancellationToken cancellationToken) =>
        LinkAsync(db, updated.PatientId, updated.AuthUserId, cancellationToken);

    private static async Task LinkAsync(AuditDbContext db, Guid patientId, Guid? authUserId, CancellationToken cancellationToken)
    {
        if (authUserId is not { } account)
        {
            return;
        }

        var link = await db.PatientAccounts.FindAsync([patientId], cancellationToken);
        if (link is null)
        {
            db.PatientAccounts.Add(new PatientAccount { PatientId = patientId, AuthUserId = account });
        }
        else
        {
            link.AuthUserId = account;
        }
    }
}
