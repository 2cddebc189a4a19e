using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Pms.Contracts;
using Pms.Testing;
using Pms.Web.Components.Shared;
using Pms.Web.Gateway;
using Pms.Web.Live;
using Pms.Web.Sessions;

namespace Pms.Web.Tests;

/// <summary>A bUnit context with MudBlazor, the web front end's services and a stub gateway behind them.</summary>
public abstract class WebComponentTest : BunitContext
{
    protected WebComponentTest()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(ThrowawayRedis.Shared.Connection);
        Services.AddMemoryCache();
        // The session a test signs in with is read from Redis once, then reused for the whole test, as by a page in use.
        Services.AddOptions<WebSessionOptions>().Configure(sessions => sessions.ReuseReadsFor = TimeSpan.FromMinutes(10));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<SessionStore>();
        Services.AddScoped<CurrentSession>();
        Services.AddScoped<SignInService>();
        Services.AddScoped<ViewerClock>();
        Services.AddScoped(_ => new ClientAddress { Value = "203.0.113.9" });
        Services.AddScoped(provider => new AnonymousGatewayClient(GatewayHttpClient(), provider.GetRequiredService<ClientAddress>()));
        Services.AddScoped(provider => new GatewayClient(
            GatewayHttpClient(), provider.GetRequiredService<CurrentSession>(), provider.GetRequiredService<ClientAddress>()));
        Services.AddScoped(provider => new GatewayUploadClient(
            GatewayHttpClient(), provider.GetRequiredService<CurrentSession>(), provider.GetRequiredService<ClientAddress>()));
        Services.AddScoped<PatientsClient>();
        Services.AddScoped<BillingClient>();
        Services.AddScoped<NotificationsClient>();
        Services.AddScoped<DeadLettersClient>();
        Services.AddScoped<AuditClient>();
        Services.AddScoped<UsersClient>();
        Services.AddScoped<AccountClient>();
        Services.AddScoped<DoctorsClient>();
        Services.AddScoped<AppointmentsClient>();
        Services.AddScoped<DocumentsClient>();
        Services.AddScoped<VisitsClient>();
        Services.AddSingleton<WaitingRoomUpdates>();
        Authorization = AddAuthorization();
    }

    protected StubGateway Gateway { get; } = new();

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Signs a user with these roles in, with a server-side session whose access token is still fresh.</summary>
    protected void SignIn(params string[] roles)
    {
        var session = new UserSession(Guid.NewGuid(), "someone@example.org", "Some One", roles,
            new SessionTokens("access-token", "refresh-token", DateTimeOffset.UtcNow.AddMinutes(15)));
        // Test classes sign in from their constructors, which cannot await.
        var sessionId = Services.GetRequiredService<SessionStore>().CreateAsync(session).GetAwaiter().GetResult();
        Authorization.SetAuthorized(session.DisplayName);
        Authorization.SetRoles(roles.Length == 0 ? [PmsRoles.Patient] : roles);
        Authorization.SetClaims(new Claim(SessionClaims.SessionId, sessionId));
    }

    private HttpClient GatewayHttpClient() => new(Gateway, disposeHandler: false) { BaseAddress = new Uri("http://gateway.test") };
}
