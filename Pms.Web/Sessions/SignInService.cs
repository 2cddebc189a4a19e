using Pms.Web.Components.Shared;
using Pms.Web.Gateway;

namespace Pms.Web.Sessions;

/// <summary>Signs a user in at auth-service and opens their server-side session.</summary>
public sealed class SignInService(AnonymousGatewayClient gateway, SessionStore sessions, TimeProvider clock)
{
    /// <summary>Returns the address the browser loads next: a plain request there sets the session cookie and goes on to <paramref name="returnUrl"/>.</summary>
    public async Task<string> SignInAsync(string email, string password, string? returnUrl, CancellationToken cancellationToken)
    {
        var tokens = SessionTokens.From(await gateway.LoginAsync(email, password, cancellationToken), clock.GetUtcNow());
        var account = await gateway.GetAccountAsync(tokens.AccessToken, cancellationToken);
        var sessionId = sessions.Create(new UserSession(account.UserId, account.Email, $"{account.FirstName} {account.LastName}", account.Roles, tokens));
        var ticket = sessions.IssueSignInTicket(sessionId);
        var next = string.IsNullOrEmpty(returnUrl) || returnUrl == "/" ? StartPage.For(account.Roles) : returnUrl;
        return $"{AccountEndpoints.CompleteSignInPath}?ticket={ticket}&returnUrl={Uri.EscapeDataString(LocalPath(next))}";
    }

    /// <summary>Only an address on this site, so a crafted link cannot send a user elsewhere after they sign in.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
