using System.Net.Http.Headers;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Pms.Web.Gateway;

namespace Pms.Web.Sessions;

/// <summary>The session of the user this circuit (or request) serves: its access token, renewed in time, and its end.</summary>
public sealed class CurrentSession(
    AuthenticationStateProvider authentication,
    SessionStore sessions,
    AnonymousGatewayClient gateway,
    IOptions<WebSessionOptions> options,
    TimeProvider clock)
{
    /// <summary>Gives a gateway request the user's access token, renewed first when it is about to expire.</summary>
    public async Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await GetAccessTokenAsync(cancellationToken));

    private async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var sessionId = await GetSessionIdAsync() ?? throw ApiProblemException.SessionEnded();
        var session = await sessions.FindRecentAsync(sessionId) ?? throw ApiProblemException.SessionEnded();
        if (!NeedsRenewal(session.Tokens))
        {
            return session.Tokens.AccessToken;
        }

        await using var renewal = await sessions.LockRenewalAsync(sessionId, cancellationToken);
        session = await sessions.FindAsync(sessionId) ?? throw ApiProblemException.SessionEnded();
        if (!NeedsRenewal(session.Tokens))
        {
            return session.Tokens.AccessToken;
        }

        var renewed = await RenewAsync(sessionId, session.Tokens.RefreshToken, cancellationToken);
        await sessions.SaveAsync(sessionId, session with { Tokens = renewed });
        return renewed.AccessToken;
    }

    /// <summary>Marks the session as in use, so that it does not end while someone works on a page without calling PMS.</summary>
    public async Task TouchAsync()
    {
        if (await GetSessionIdAsync() is { } sessionId)
        {
            await sessions.FindRecentAsync(sessionId);
        }
    }

    /// <summary>Revokes the refresh token at auth-service and forgets the session; the cookie that named it stops working.</summary>
    public async Task EndAsync(CancellationToken cancellationToken)
    {
        if (await GetSessionIdAsync() is not { } sessionId || await sessions.FindAsync(sessionId) is not { } session)
        {
            return;
        }

        await sessions.RemoveAsync(sessionId);
        try
        {
            await gateway.LogoutAsync(session.Tokens.AccessToken, session.Tokens.RefreshToken, cancellationToken);
        }
        catch (ApiProblemException)
        {
            // The session is gone here either way; an expired access token only means auth-service revokes it later.
        }
    }

    private bool NeedsRenewal(SessionTokens tokens) => tokens.AccessTokenExpiresAt - clock.GetUtcNow() < options.Value.RenewalMargin;

    private async Task<SessionTokens> RenewAsync(string sessionId, string refreshToken, CancellationToken cancellationToken)
    {
        try
        {
            return SessionTokens.From(await gateway.RefreshAsync(refreshToken, cancellationToken), clock.GetUtcNow());
        }
        catch (ApiProblemException problem) when (problem.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            await sessions.RemoveAsync(sessionId);
            throw ApiProblemException.SessionEnded();
        }
    }

    private async Task<string?> GetSessionIdAsync() => (await authentication.GetAuthenticationStateAsync()).User.GetSessionId();
}
