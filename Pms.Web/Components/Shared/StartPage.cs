using System.Security.Claims;
using Pms.Contracts;

namespace Pms.Web.Components.Shared;

/// <summary>Where each role starts after signing in.</summary>
public static class StartPage
{
    public static string? For(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true ? null
        : user.IsInRole(PmsRoles.Admin) ? "/admin"
        : user.IsInRole(PmsRoles.Staff) || user.IsInRole(PmsRoles.Doctor) ? "/staff/patients"
        : user.IsInRole(PmsRoles.Patient) ? "/patient"
        : null;
}
