using Microsoft.EntityFrameworkCore;
using Pms.Billing.Infrastructure;

namespace Pms.Billing.Services;

public static class PatientSummaries
{
    /// <summary>
    /// Keeps the newest of what billing has heard about a patient, from an event or a fee charge, in
    /// one statement: concurrent accounts of one patient neither collide nor let an older one win.
    /// </summary>
    public static Task RecordPatientAsync(
        this BillingDbContext db, Guid patientId, string mrn, string firstName, string lastName, Guid? authUserId, DateTimeOffset asOf,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "PatientSummaries" ("PatientId", "Mrn", "FirstName", "LastName", "AuthUserId", "UpdatedAt")
            VALUES ({patientId}, {mrn}, {firstName}, {lastName}, {authUserId}, {asOf})
            ON CONFLICT ("PatientId") DO UPDATE SET
                "Mrn" = excluded."Mrn", "FirstName" = excluded."FirstName", "LastName" = excluded."LastName",
                "AuthUserId" = excluded."AuthUserId", "UpdatedAt" = excluded."UpdatedAt"
            WHERE "PatientSummaries"."UpdatedAt" < excluded."UpdatedAt"
            """, cancellationToken);
}
