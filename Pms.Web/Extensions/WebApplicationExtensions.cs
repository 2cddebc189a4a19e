using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using MudBlazor.Services;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Web.Components;
using Pms.Web.Components.Shared;
using Pms.Web.Endpoints;
using Pms.Web.Gateway;
using Pms.Web.Live;
using Pms.Web.Security;
using Pms.Web.Sessions;

namespace Pms.Web.Extensions;

public static class WebApplicationExtensions
{
    public static WebApplicationBuilder AddWebApplicationServices(this WebApplicationBuilder builder)
    {
        // Serves the libraries' assets (MudBlazor's) from a build as well as from a publish, in every environment.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(mud =>
        {
            // Over the empty middle of the app bar: not over a page's buttons (Sign out, Download, Print, Book...) nor its content.
            mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            mud.SnackbarConfiguration.ShowCloseIcon = true;
            mud.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        builder.Services.AddUserCultures();

        var gateway = new Uri($"https+http://{ResourceNames.Gateway}");
        // Every call names the web front end as its client, which the services' audit records keep.
        void ToGateway(HttpClient http)
        {
            http.BaseAddress = gateway;
            http.DefaultRequestHeaders.Add(AuditClients.Header, AuditClients.Web);
        }

        builder.Services.AddHttpClient<AnonymousGatewayClient>(ToGateway);
        builder.Services.AddHttpClient<GatewayClient>(ToGateway);
#pragma warning disable EXTEXP0001 // Still marked experimental, and the one way to take the default resilience handler off a single client.
        builder.Services.AddHttpClient<GatewayUploadClient>(http =>
            {
                ToGateway(http);
                http.Timeout = GatewayUploadClient.Timeout;
            })
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddScoped<ClientAddress>();
        builder.Services.AddScoped<ViewerClock>();
        builder.Services.AddScoped<PatientsClient>();
        builder.Services.AddScoped<BillingClient>();
        builder.Services.AddScoped<AuditClient>();
        builder.Services.AddScoped<NotificationsClient>();
        builder.Services.AddScoped<DeadLettersClient>();
        builder.Services.AddScoped<UsersClient>();
        builder.Services.AddScoped<AccountClient>();
        builder.Services.AddScoped<DoctorsClient>();
        builder.Services.AddScoped<AppointmentsClient>();
        builder.Services.AddScoped<DocumentsClient>();
        builder.Services.AddScoped<VisitsClient>();
        builder.Services.AddSingleton<WaitingRoomUpdates>();
        builder.Services.AddHostedService<WaitingRoomSubscription>();

        builder.Services.AddOptions<WebSessionOptions>().BindConfiguration(WebSessionOptions.SectionName);
        builder.AddSharedSessionState();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<SessionCookieEvents>();
        builder.Services.AddScoped<CurrentSession>();
        builder.Services.AddScoped<SignInService>();

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                // A __Host- cookie is sent only over TLS, only to this host, for every path; a plain-HTTP run on one machine
                // (Web:Sessions:PlainHttp, set by the AppHost's local runs) keeps the cookie usable over http://localhost.
                var plainHttp = builder.Configuration.GetValue<bool>($"{WebSessionOptions.SectionName}:{nameof(WebSessionOptions.PlainHttp)}");
                cookie.Cookie.Name = plainHttp ? "pms.session" : "__Host-pms.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.LoginPath = "/login";
                cookie.AccessDeniedPath = "/access-denied";
                cookie.EventsType = typeof(SessionCookieEvents);
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        return builder;
    }

    public static WebApplication MapWebApplication(this WebApplication app)
    {
        app.UsePageSecurityHeaders();
        app.UseUserCultures();
        // An address nothing answers gets the web's own page, not the ProblemDetails JSON the services answer with.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseSignInNonce();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapAccountEndpoints();
        app.MapInvoiceEndpoints();
        app.MapClaimDocumentEndpoints();
        app.MapReportDownloadEndpoints();
        app.MapDocumentEndpoints();
        app.MapAuditExportEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
