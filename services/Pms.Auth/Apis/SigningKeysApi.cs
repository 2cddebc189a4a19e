using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Auth.Dtos;
using Pms.Auth.Services.Keys;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Auth.Apis;

/// <summary>The token-signing key ring: an administrator lists and rotates it.</summary>
public static class SigningKeysApi
{
    public static IEndpointRouteBuilder MapSigningKeysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth/signing-keys").WithTags("Signing keys")
            .RequireAuthorization(PmsPolicies.Admin);

        api.MapGet("/", List)
            .WithName("ListSigningKeys")
            .WithSummary("The next, current and previous signing keys: ids, statuses and dates.");
        api.MapPost("/rotate", Rotate)
            .WithName("RotateSigningKeys")
            .WithSummary("The next key starts signing, the current one stays published as previous, the old previous is destroyed and a new next key is made.");

        return app;
    }

    public static async Task<Ok<List<SigningKeyDto>>> List(SigningKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(SigningKeyDto.From).ToList());

    public static async Task<Ok<List<SigningKeyDto>>> Rotate(SigningKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.RotateAsync(cancellationToken)).Select(SigningKeyDto.From).ToList());
}
