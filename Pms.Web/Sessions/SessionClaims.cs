using System.Security.Claims;

namespace Pms.Web.Sessions;

/// <summary>What the session cookie says about its user; the tokens stay in the <see cref="SessionStore"/>.</summary>
public static class SessionClaims
{
    public const string SessionId = "pms:session";
    public const string AuthenticationType = "pms-web";

    public static ClaimsPrincipal ToPrincipal(string sessionId, UserSession session)
    {
        var identity = new ClaimsIdentity(AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(SessionId, sessionId));
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, session.UserId.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, session.DisplayName));
        identity.AddClaim(new Claim(ClaimTypes.Email, session.Email));
        identity.AddClaims(session.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(identity);
    }

    public static string? GetSessionId(this ClaimsPrincipal user) => user.FindFirst(SessionId)?.Value;

    /// <summary>The user's auth-service account id.</summary>
    public static Guid? GetAccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;
}
