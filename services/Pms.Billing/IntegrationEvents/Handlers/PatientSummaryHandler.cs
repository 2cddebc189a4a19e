using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Contracts.Events;

namespace Pms.Billing.IntegrationEvents.Handlers;

/// <summary>Keeps billing's copy of patient names current; applying an event twice changes nothing.</summary>
public static class PatientSummaryHandler
{
    public static Task Handle(PatientRegistered registered, BillingDbContext db, CancellationToken cancellationToken) =>
        UpsertAsync(db, registered.PatientId, registered.Mrn, registered.FirstName, registered.LastName, registered.AuthUserId, registered.OccurredAt, cancellationToken);

    public static Task Handle(PatientUpdated updated, BillingDbContext db, CancellationToken cancellationToken) =>
        UpsertAsync(db, updated.PatientId, updated.Mrn, updated.FirstName, updated.LastName, updated.AuthUserId, updated.OccurredAt, cancellationToken);

    private static async Task UpsertAsync(
        BillingDbContext db, Guid patientId, string mrn, string firstName, string lastName, Guid? authUserId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.FindAsync([patientId], cancellationToken);
        if (patient is null)
        {
            patient = new PatientSummary { PatientId = patientId };
            db.Patients.Add(patient);
        }
        else if (patient.UpdatedAt >= at)
        {
            return;
        }

        patient.Mrn = mrn;
        patient.FirstName = firstName;
        patient.LastName = lastName;
        patient.AuthUserId = authUserId;
        patient.UpdatedAt = at;
    }
}
