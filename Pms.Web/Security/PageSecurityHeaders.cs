using System.Security.Cryptography;

namespace Pms.Web.Security;

/// <summary>
/// Headers every answer of the web front end carries: a content security policy whose one inline script (the
/// import map) is allowed by a per-request nonce, no framing, no sniffing, a same-origin referrer, and HSTS over TLS.
/// MudBlazor sets style attributes, so styles alone may be inline.
/// </summary>
public static class PageSecurityHeaders
{
    private const string NonceKey = "pms.csp-nonce";

    /// <summary>The nonce of this request's policy, for the page's inline script.</summary>
    public static string Nonce(HttpContext context) => (string)context.Items[NonceKey]!;

    public static IApplicationBuilder UsePageSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
            "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }

        await next(context);
    });
}
