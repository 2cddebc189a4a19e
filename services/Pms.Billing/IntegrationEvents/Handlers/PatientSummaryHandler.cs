using Pms.Billing.Infrastructure;
using Pms.Billing.Services;
using Pms.Contracts.Events;

namespace Pms.Billing.IntegrationEvents.Handlers;

/// <summary>Keeps billing's copy of patient names current; applying an event twice changes nothing.</summary>
public static class PatientSummaryHandler
{
    public static Task Handle(PatientRegistered registered, BillingDbContext db, CancellationToken cancellationToken) =>
        db.RecordPatientAsync(registered.PatientId, registered.Mrn, registered.FirstName, registered.LastName, registered.AuthUserId, registered.OccurredAt, cancellationToken);

    public static Task Handle(PatientUpdated updated, BillingDbContext db, CancellationToken cancellationToken) =>
        db.RecordPatientAsync(updated.PatientId, updated.Mrn, updated.FirstName, updated.LastName, updated.AuthUserId, updated.OccurredAt, cancellationToken);
}
