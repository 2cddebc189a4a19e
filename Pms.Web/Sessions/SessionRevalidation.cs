using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Pms.Web.Sessions;

/// <summary>An open page notices within a minute that its session ended and shows the sign-in page.</summary>
public sealed class SessionRevalidation(ILoggerFactory loggerFactory, SessionStore sessions) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(authenticationState.User.GetSessionId() is { } sessionId && sessions.Find(sessionId, isActivity: false) is not null);
}
