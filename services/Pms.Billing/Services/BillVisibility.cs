using Microsoft.EntityFrameworkCore;
using Pms.Billing.Infrastructure;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Services;

/// <summary>Staff see every bill; a patient only the bills of their own record.</summary>
public static class BillVisibility
{
    public static Refusal NoSuchBill { get; } = Refusal.NotFound("No such bill.");

    /// <summary>The patients this caller may see the bills of; null means all.</summary>
    public static IQueryable<Guid>? VisiblePatients(this Caller caller, BillingDbContext db) =>
        caller.IsStaff ? null : db.Patients.Where(patient => patient.AuthUserId == caller.UserId).Select(patient => patient.PatientId);

    public static Task<bool> MaySeeAsync(this Caller caller, BillingDbContext db, Guid patientId, CancellationToken cancellationToken) =>
        caller.IsStaff
            ? Task.FromResult(true)
            : db.Patients.AnyAsync(patient => patient.PatientId == patientId && patient.AuthUserId == caller.UserId, cancellationToken);
}
