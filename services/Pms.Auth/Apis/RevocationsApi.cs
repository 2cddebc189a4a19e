using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Auth.Services;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Auth.Apis;

/// <summary>Which accounts' earlier access tokens no longer count; read by the gateway and the services, not routed by the gateway.</summary>
public static class RevocationsApi
{
    public static IEndpointRouteBuilder MapRevocationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(TokenRevocationPoller.Path, List)
            .AllowAnonymous()
            .WithTags("Internal")
            .WithName("ListTokenRevocations")
            .WithSummary("Accounts whose access tokens issued before a moment are refused, revoked after `since` (ISO 8601).");
        return app;
    }

    public static async Task<Ok<List<TokenRevocationPoller.Revocation>>> List(DateTimeOffset since, AccessRevocations revocations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await revocations.SinceAsync(since, cancellationToken));
}
