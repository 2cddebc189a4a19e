using Microsoft.Extensions.Options;
using Pms.Auth.Dtos;
using Pms.Auth.Services.Keys;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Auth.Apis;

/// <summary>OpenID discovery: where the keys that verify PMS access tokens are published.</summary>
public static class DiscoveryApi
{
    public const string JwksPath = "/.well-known/jwks.json";

    public static IEndpointRouteBuilder MapDiscoveryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/.well-known").WithTags("Discovery").AllowAnonymous();

        api.MapGet("/openid-configuration", GetConfiguration)
            .WithName("GetOpenIdConfiguration")
            .WithSummary("OpenID Provider metadata: issuer and the JWKS address.");
        api.MapGet("/jwks.json", GetKeys)
            .WithName("GetJsonWebKeySet")
            .WithSummary("The public keys that verify access tokens.");

        return app;
    }

    public static IResult GetConfiguration(HttpRequest request, IOptions<JwtOptions> jwt)
    {
        var baseAddress = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return TypedResults.Json(new OpenIdConfiguration(
            jwt.Value.Issuer,
            baseAddress + JwksPath,
            ["RS256"],
            ["public"]));
    }

    public static IResult GetKeys(SigningKeyRing ring) =>
        TypedResults.Json(new JsonWebKeySetDocument(ring.Published
            .OrderBy(key => key.Status)
            .Select(key => key.PublicJsonWebKey)
            .Select(key => new PublicJsonWebKey(key.Kty, key.Use, key.Alg, key.Kid, key.N, key.E))
            .ToList()));
}
