using System.Security.Claims;
using Pms.Contracts;

namespace Pms.ServiceDefaults.Authentication;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The account id from the token's <c>sub</c> claim; authorization guarantees a signed-in caller.</summary>
    public static Guid GetUserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AuthenticationExtensions.SubjectClaim), out var id)
            ? id
            : throw new InvalidOperationException("The access token has no valid subject.");

    /// <summary>The OAuth scopes of the token, from its space-separated <c>scope</c> claims.</summary>
    public static IReadOnlySet<string> GetScopes(this ClaimsPrincipal user) =>
        user.FindAll(ServiceScopes.Claim).SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
}
