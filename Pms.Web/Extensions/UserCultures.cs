using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;

namespace Pms.Web.Extensions;

/// <summary>
/// The cultures whose way of writing numbers the web reads, from the browser's Accept-Language. A live page runs on
/// the connection the browser opens after the first response, and that handshake need not carry Accept-Language:
/// the culture also travels in a cookie, so the live page reads numbers the way the first response wrote them.
/// Amounts are still shown in one format, the one on invoices.
/// </summary>
public static class UserCultures
{
    public const string Default = "en-US";

    public static IReadOnlyList<string> Supported { get; } =
    [
        Default, "en-GB", "en-IE", "en-CA", "en-AU",
        "de-DE", "de-AT", "de-CH", "fr-FR", "fr-BE", "fr-CA", "es-ES", "es-MX", "it-IT", "nl-NL", "pt-PT", "pt-BR",
    ];

    public static IServiceCollection AddUserCultures(this IServiceCollection services) =>
        services.AddRequestLocalization(options =>
        {
            options.SetDefaultCulture(Default).AddSupportedCultures([.. Supported]).AddSupportedUICultures([.. Supported]);
            options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

    public static WebApplication UseUserCultures(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use((context, next) =>
        {
            var culture = CookieRequestCultureProvider.MakeCookieValue(context.Features.GetRequiredFeature<IRequestCultureFeature>().RequestCulture);
            if (context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] != culture)
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, culture, new CookieOptions
                {
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    MaxAge = TimeSpan.FromDays(365),
                });
            }

            return next(context);
        });
        return app;
    }
}
