using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pms.Auth.Model;
using Pms.Auth.Services.Keys;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Auth.Services;

/// <summary>Signs short-lived access tokens: <c>iss</c>, <c>aud</c>, <c>sub</c>, <c>sid</c>, <c>email</c>, <c>role</c>, <c>scope</c>, <c>jti</c>.</summary>
public sealed class AccessTokenIssuer(
    SigningKeyRing signingKeys,
    IOptions<AuthOptions> options,
    IOptions<JwtOptions> jwt,
    TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public TimeSpan Lifetime => options.Value.AccessTokenLifetime;

    /// <summary>The claim naming the session (refresh-token family) a token was issued for.</summary>
    public const string SessionClaim = "sid";

    public string ForUser(PmsUser user, IEnumerable<string> roles, Guid sessionId)
    {
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(SessionClaim, sessionId.ToString()),
            new(JwtRegisteredClaimNames.Email, user.Email ?? ""),
            new(JwtRegisteredClaimNames.GivenName, user.FirstName),
            new(JwtRegisteredClaimNames.FamilyName, user.LastName),
        };
        var held = roles.ToList();
        claims.AddRange(held.Select(role => new Claim(AuthenticationExtensions.RoleClaim, role)));
        if (FhirScopes.ForRoles(held) is { } fhirScope)
        {
            claims.Add(new Claim(ServiceScopes.Claim, fhirScope));
        }

        return Sign(claims);
    }

    /// <summary>A Service token carrying the scopes of its client (<see cref="ServiceScopes.OfClient"/>), space-separated as OAuth writes them.</summary>
    public string ForService(string clientId) =>
        Sign([
            new(JwtRegisteredClaimNames.Sub, $"service:{clientId}"),
            new("client_id", clientId),
            new(AuthenticationExtensions.RoleClaim, PmsRoles.Service),
            new(ServiceScopes.Claim, string.Join(' ', ServiceScopes.OfClient.GetValueOrDefault(clientId, []))),
        ]);

    private string Sign(List<Claim> claims)
    {
        claims.Add(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()));
        var issuedAt = clock.GetUtcNow();

        // iat has whole seconds; a revocation must tell a token issued just before it from one issued just after.
        claims.Add(new Claim(TokenRevocations.IssuedAtMillisecondsClaim, issuedAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        var now = issuedAt.UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Value.Issuer,
            Audience = jwt.Value.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(Lifetime),
            SigningCredentials = signingKeys.SigningCredentials,
        });
    }
}
