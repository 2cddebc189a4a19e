using Pms.Contracts;
using Pms.Contracts.Documents;
using Pms.ServiceDefaults.RateLimiting;
using Yarp.ReverseProxy.Configuration;

namespace Pms.Gateway.Routing;

/// <summary>
/// Which public paths each service owns, who may pass the edge (anonymous or any valid token;
/// roles are checked by the services) and which rate limit applies. Destinations are
/// service-discovery names.
/// </summary>
public static class GatewayRoutes
{
    public const string Anonymous = "anonymous";
    public const string Authenticated = "default";


    public static IReadOnlyList<RouteConfig> Routes { get; } =
    [
        Route("auth-register", ResourceNames.Auth, "/api/auth/register", Anonymous, RateLimitingExtensions.AuthPolicy),
        Route("auth-login", ResourceNames.Auth, "/api/auth/login", Anonymous, RateLimitingExtensions.AuthPolicy),
        Route("auth-refresh", ResourceNames.Auth, "/api/auth/refresh", Anonymous, RateLimitingExtensions.AuthPolicy),
        Route("auth-login-mfa", ResourceNames.Auth, "/api/auth/login/mfa", Anonymous, RateLimitingExtensions.AuthPolicy),
        Route("auth-password-forgot", ResourceNames.Auth, "/api/auth/password/forgot", Anonymous, RateLimitingExtensions.AuthPolicy),
        Route("auth-password-reset", ResourceNames.Auth, "/api/auth/password/reset", Anonymous, RateLimitingExtensions.AuthPolicy),

        // Enrolment during sign-in presents an enrolment token, not an access token; auth-service tells them apart.
        Route("auth-mfa-totp", ResourceNames.Auth, "/api/auth/mfa/totp/{action}", Anonymous, RateLimitingExtensions.AuthPolicy),
        Route("auth", ResourceNames.Auth, "/api/auth/{**rest}", Authenticated, RateLimitingExtensions.ApiPolicy),
        Route("openid-discovery", ResourceNames.Auth, "/.well-known/{**rest}", Anonymous, RateLimitingExtensions.ApiPolicy),
        Route("patients", ResourceNames.Patients, "/api/patients/{**rest}", Authenticated, RateLimitingExtensions.ApiPolicy),
        UploadRoute("patient-document-upload", ResourceNames.Patients, "/api/patients/{patientId}/documents", DocumentLimits.MaxUploadRequestBytes),
        Route("doctors", ResourceNames.Patients, "/api/doctors/{**rest}", Authenticated, RateLimitingExtensions.ApiPolicy),
        Route("appointments", ResourceNames.Patients, "/api/appointments/{**rest}", Authenticated, RateLimitingExtensions.ApiPolicy),
        Route("visits", ResourceNames.Patients, "/api/visits/{**rest}", Authenticated, RateLimitingExtensions.ApiPolicy),
        // The payment provider signs its events instead of presenting a token; billing checks the signature.
        Route("billing-payment-webhooks", ResourceNames.Billing, "/api/billing/webhooks/payments", Anonymous, RateLimitingExtensions.ApiPolicy),
        Route("billing", ResourceNames.Billing, "/api/billing/{**rest}", Authenticated, RateLimitingExtensions.ApiPolicy),
        Route("notifications", ResourceNames.Notifications, "/api/notifications/{**rest}", Authenticated, RateLimitingExtensions.ApiPolicy),
        Route("audit", ResourceNames.Audit, "/api/audit/{**rest}", Authenticated, RateLimitingExtensions.ApiPolicy),

        // What a FHIR server can do is public (clients discover it before signing in); its data is not.
        Route("fhir-metadata", ResourceNames.Patients, "/fhir/metadata", Anonymous, RateLimitingExtensions.ApiPolicy),
        Route("fhir-invoices", ResourceNames.Billing, "/fhir/Invoice/{**rest}", Authenticated, RateLimitingExtensions.ApiPolicy),
        Route("fhir", ResourceNames.Patients, "/fhir/{**rest}", Authenticated, RateLimitingExtensions.ApiPolicy),
    ];

    public static IReadOnlyList<ClusterConfig> Clusters { get; } =
    [
        Cluster(ResourceNames.Auth),
        Cluster(ResourceNames.Patients),
        Cluster(ResourceNames.Billing),
        Cluster(ResourceNames.Notifications),
        Cluster(ResourceNames.Audit),
    ];

    private static RouteConfig Route(string id, string cluster, string path, string authorization, string rateLimit) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        Match = new RouteMatch { Path = path },
        AuthorizationPolicy = authorization,
        RateLimiterPolicy = rateLimit,
    };

    /// <summary>A POST route allowed a larger body than <c>Gateway:MaxRequestBodyBytes</c>.</summary>
    private static RouteConfig UploadRoute(string id, string cluster, string path, long maxBodyBytes)
    {
        var route = Route(id, cluster, path, Authenticated, RateLimitingExtensions.ApiPolicy);
        return route with { Match = route.Match with { Methods = ["POST"] }, MaxRequestBodySize = maxBodyBytes };
    }

    private static ClusterConfig Cluster(string service) => new()
    {
        ClusterId = service,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [service] = new() { Address = $"https+http://{service}" },
        },
    };
}
