using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Pms.Web.Sessions;

/// <summary>
/// A random value this browser carries in a cookie from its first page on. A sign-in ticket is bound to the value of
/// the browser that signed in, so a ticket someone else obtained (login CSRF: making a victim's browser complete the
/// attacker's sign-in) is refused by any other browser.
/// </summary>
public static class SignInNonce
{
    private const string ItemKey = "pms.sign-in-nonce";

    public static string CookieName(bool plainHttp) => plainHttp ? "pms.sign-in" : "__Host-pms.sign-in";

    /// <summary>This request's browser value, set by <see cref="UseSignInNonce"/>.</summary>
    public static string? Of(HttpContext? context) => context?.Items[ItemKey] as string;

    public static IApplicationBuilder UseSignInNonce(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var plainHttp = context.RequestServices.GetRequiredService<IOptions<WebSessionOptions>>().Value.PlainHttp;
        var name = CookieName(plainHttp);
        if (!context.Request.Cookies.TryGetValue(name, out var nonce) || nonce.Length != 32 || !nonce.All(char.IsAsciiHexDigitLower))
        {
            nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Response.Cookies.Append(name, nonce, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = !plainHttp,
                Path = "/",
                IsEssential = true,
            });
        }

        context.Items[ItemKey] = nonce;
        await next(context);
    });
}
