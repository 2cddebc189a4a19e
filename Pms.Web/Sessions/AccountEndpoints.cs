using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Pms.Web.Sessions;

/// <summary>The one plain HTTP step of signing in: only a real request can set the session cookie.</summary>
public static class AccountEndpoints
{
    public const string CompleteSignInPath = "/account/complete-sign-in";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(CompleteSignInPath, CompleteSignIn).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> CompleteSignIn(string? ticket, string? returnUrl, HttpContext context, SessionStore sessions)
    {
        if (ticket is null || await sessions.RedeemSignInTicketAsync(ticket, SignInNonce.Of(context)) is not { } sessionId
            || await sessions.FindAsync(sessionId) is not { } session)
        {
            return TypedResults.LocalRedirect("/login?reason=expired");
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionClaims.ToPrincipal(sessionId, session));
        return TypedResults.LocalRedirect(SignInService.LocalPath(returnUrl));
    }
}
