using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Pms.Web.Sessions;

/// <summary>An open page notices within a minute that its session ended and shows the sign-in page.</summary>
public sealed class SessionRevalidation(ILoggerFactory loggerFactory, SessionStore sessions) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        authenticationState.User.GetSessionId() is { } sessionId && await sessions.FindAsync(sessionId, isActivity: false) is not null;
}
