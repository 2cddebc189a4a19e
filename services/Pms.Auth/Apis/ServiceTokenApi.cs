using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Auth.Dtos;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;
using Pms.Auth.Services;
using Pms.ServiceDefaults.RateLimiting;

namespace Pms.Auth.Apis;

/// <summary>The OAuth 2.0 client-credentials grant, for service-to-service calls that have no user behind them.</summary>
public static class ServiceTokenApi
{
    public const string ClientCredentialsGrant = "client_credentials";

    public static IEndpointRouteBuilder MapServiceTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueServiceToken)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitingExtensions.AuthPolicy)
            .WithTags("Service tokens")
            .WithName("IssueServiceToken")
            .WithSummary("Issues a Service-role access token for a service's client id and secret (form-encoded, grant_type=client_credentials).");
        return app;
    }

    public static async Task<Results<Ok<ServiceTokenResponse>, ProblemHttpResult>> IssueServiceToken(
        HttpRequest request, ServiceClientAuthenticator clients, AccessTokenIssuer tokens, AuditTrail audit, AuthDbContext db,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "Send application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form["grant_type"] != ClientCredentialsGrant)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only client_credentials is supported.");
        }

        var clientId = form["client_id"].ToString();
        if (!clients.IsValid(clientId, form["client_secret"]))
        {
            audit.Record(AuditAction.ServiceTokenRefused, false, detail: $"Client {Truncate(clientId)}");
            await db.SaveChangesAsync(cancellationToken);
            return OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "Unknown client or wrong secret.");
        }

        return TypedResults.Ok(new ServiceTokenResponse(tokens.ForService(clientId), "Bearer", (int)tokens.Lifetime.TotalSeconds));
    }

    private static ProblemHttpResult OAuthError(int status, string error, string description) =>
        TypedResults.Problem(title: description, statusCode: status, extensions: new Dictionary<string, object?> { ["error"] = error });

    private static string Truncate(string value) => value.Length <= 50 ? value : value[..50];
}
