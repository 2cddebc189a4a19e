using Pms.Web.Components.Shared;
using Pms.Web.Gateway;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Sessions;

/// <summary>
/// Signs a user in at auth-service, step by step (password, then a TOTP code or enrolment), and opens their
/// server-side session. The second step's tokens stay in the server's memory, never in the browser.
/// </summary>
public sealed class SignInService(AnonymousGatewayClient gateway, SessionStore sessions, TimeProvider clock)
{
    public abstract record Step
    {
        /// <summary>Signed in: the address the browser loads next sets the session cookie.</summary>
        public sealed record Done(string NextUrl) : Step;

        public sealed record CodeNeeded(string MfaToken) : Step;

        public sealed record EnrolmentNeeded(string EnrollmentToken, TotpSetup Setup) : Step;
    }

    public async Task<Step> SignInAsync(string email, string password, string? returnUrl, string browserNonce, CancellationToken cancellationToken)
    {
        var answer = await gateway.LoginAsync(email, password, cancellationToken);
        if (answer.Tokens is { } tokens)
        {
            return new Step.Done(await OpenSessionAsync(tokens, returnUrl, browserNonce, cancellationToken));
        }

        if (answer.MfaToken is { } mfaToken)
        {
            return new Step.CodeNeeded(mfaToken);
        }

        var enrollmentToken = answer.EnrollmentToken ?? throw new InvalidOperationException("The sign-in answered neither tokens nor a second step.");
        return new Step.EnrolmentNeeded(enrollmentToken, await gateway.SetUpTotpAsync(enrollmentToken, cancellationToken));
    }

    public async Task<string> CompleteWithCodeAsync(string mfaToken, string code, string? returnUrl, string browserNonce, CancellationToken cancellationToken) =>
        await OpenSessionAsync(await gateway.CompleteMfaAsync(mfaToken, code, cancellationToken), returnUrl, browserNonce, cancellationToken);

    /// <summary>Confirms the scanned secret; the session opens once the person has kept their recovery codes.</summary>
    public Task<TotpConfirmation> ConfirmEnrolmentAsync(string enrollmentToken, string code, CancellationToken cancellationToken) =>
        gateway.ConfirmTotpAsync(enrollmentToken, code, cancellationToken);

    /// <summary>
    /// Returns the address the browser loads next: a plain request there sets the session cookie and goes on to
    /// <paramref name="returnUrl"/>, if it comes from the browser whose <paramref name="browserNonce"/> this is.
    /// </summary>
    public async Task<string> OpenSessionAsync(TokenPair pair, string? returnUrl, string browserNonce, CancellationToken cancellationToken)
    {
        var tokens = SessionTokens.From(pair, clock.GetUtcNow());
        var account = await gateway.GetAccountAsync(tokens.AccessToken, cancellationToken);
        var sessionId = await sessions.CreateAsync(new UserSession(account.UserId, account.Email, $"{account.FirstName} {account.LastName}", account.Roles, tokens));
        var ticket = await sessions.IssueSignInTicketAsync(sessionId, browserNonce);
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
