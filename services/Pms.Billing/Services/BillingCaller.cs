using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Infrastructure;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Services;

/// <summary>Who is asking: staff see every bill; a patient only the bills of their own record.</summary>
public sealed record BillingCaller(string Name, bool IsStaff, Guid? AccountId)
{
    public static BillingCaller From(ClaimsPrincipal user) =>
        user.IsInRole(PmsRoles.Staff) || user.IsInRole(PmsRoles.Admin)
            ? new BillingCaller(user.FindFirstValue(AuthenticationExtensions.SubjectClaim) ?? "", true, null)
            : new BillingCaller(user.FindFirstValue(AuthenticationExtensions.SubjectClaim) ?? "", false, user.GetUserId());

    /// <summary>The patients this caller may see; null means all.</summary>
    public IQueryable<Guid>? VisiblePatients(BillingDbContext db) =>
        IsStaff ? null : db.Patients.Where(patient => patient.AuthUserId == AccountId).Select(patient => patient.PatientId);

    public Task<bool> MaySeeAsync(BillingDbContext db, Guid patientId, CancellationToken cancellationToken) =>
        IsStaff ? Task.FromResult(true) : db.Patients.AnyAsync(patient => patient.PatientId == patientId && patient.AuthUserId == AccountId, cancellationToken);
}
