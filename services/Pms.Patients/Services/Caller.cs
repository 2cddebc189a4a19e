using System.Security.Claims;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Services;

/// <summary>Who is asking, as far as appointments care: staff (Staff or Admin) reach everything, a doctor their own diary, a patient their own record.</summary>
public sealed record Caller(Guid UserId, bool IsStaff, bool IsDoctor, bool IsPatient)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.GetUserId(),
        user.IsInRole(PmsRoles.Staff) || user.IsInRole(PmsRoles.Admin),
        user.IsInRole(PmsRoles.Doctor),
        user.IsInRole(PmsRoles.Patient));

    /// <summary>Staff manage every doctor's availability; a doctor manages their own.</summary>
    public bool MayManage(Guid doctorId) => IsStaff || (IsDoctor && doctorId == UserId);
}
