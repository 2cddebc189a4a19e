using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Pms.Contracts;

namespace Pms.ServiceDefaults.Authentication;

/// <summary>
/// Who is asking, from their access token: staff (Staff or Admin), a doctor, a patient. Each service decides from it
/// what the person may reach; <see cref="Roles"/> and <see cref="Name"/> (when the token has one) say who it was in records.
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

    /// <summary>The account as records name who did something (a payment taken, a refund issued).</summary>
    public string AccountReference => UserId.ToString("D", CultureInfo.InvariantCulture);
}
