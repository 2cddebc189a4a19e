using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Services;

/// <summary>
/// Who is asking: staff (Staff or Admin) reach everything, a doctor their own diary and every
/// patient's record, a patient their own record. <see cref="Roles"/> and <see cref="Name"/> (from the
/// token, when it has one) say who it was in audits.
/// </summary>
public sealed record Caller(Guid UserId, bool IsStaff, bool IsDoctor, bool IsPatient, string Roles, string? Name)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.GetUserId(),
        user.IsInRole(PmsRoles.Staff) || user.IsInRole(PmsRoles.Admin),
        user.IsInRole(PmsRoles.Doctor),
        user.IsInRole(PmsRoles.Patient),
        string.Join(',', PmsRoles.All.Where(user.IsInRole)),
        string.Join(' ', new[] { user.FindFirstValue(JwtRegisteredClaimNames.GivenName), user.FindFirstValue(JwtRegisteredClaimNames.FamilyName) }
            .Where(part => !string.IsNullOrWhiteSpace(part))) is { Length: > 0 } name ? name : null);

    /// <summary>Staff manage every doctor's availability; a doctor manages their own.</summary>
    public bool MayManage(Guid doctorId) => IsStaff || (IsDoctor && doctorId == UserId);
}
