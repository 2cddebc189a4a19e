using System.Security.Claims;
using Pms.Contracts;

namespace Pms.Web.Components.Shared;

/// <summary>Where each role starts after signing in: a doctor on their day's diary, the front desk on the patient list.</summary>
public static class StartPage
{
    public static string? For(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? For(user.IsInRole) : null;

    public static string? For(IReadOnlyCollection<string> roles) => For(roles.Contains);

    private static string? For(Func<string, bool> hasRole) =>
        hasRole(PmsRoles.Admin) ? "/admin"
        : hasRole(PmsRoles.Staff) ? "/staff/patients"
        : hasRole(PmsRoles.Doctor) ? "/staff/schedule"
        : hasRole(PmsRoles.Patient) ? "/patient"
        : null;
}
