using System.Security.Claims;

namespace Pms.ServiceDefaults.Authentication;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The account id from the token's <c>sub</c> claim; authorization guarantees a signed-in caller.</summary>
    public static Guid GetUserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AuthenticationExtensions.SubjectClaim), out var id)
            ? id
            : throw new InvalidOperationException("The access token has no valid subject.");
}
