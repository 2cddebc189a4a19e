using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pms.Auth.Model;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Auth.Services;

/// <summary>Signs short-lived access tokens: <c>iss</c>, <c>aud</c>, <c>sub</c>, <c>email</c>, <c>role</c>, <c>jti</c>.</summary>
public sealed class AccessTokenIssuer(
    TokenSigningKey signingKey,
    IOptions<AuthOptions> options,
    IOptions<JwtOptions> jwt,
    TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public TimeSpan Lifetime => options.Value.AccessTokenLifetime;

    public string ForUser(PmsUser user, IEnumerable<string> roles)
    {
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Email, user.Email ?? ""),
            new(JwtRegisteredClaimNames.GivenName, user.FirstName),
            new(JwtRegisteredClaimNames.FamilyName, user.LastName),
        };
        claims.AddRange(roles.Select(role => new Claim(AuthenticationExtensions.RoleClaim, role)));
        return Sign(claims);
    }

    public string ForService(string clientId) =>
        Sign([
            new(JwtRegisteredClaimNames.Sub, $"service:{clientId}"),
            new("client_id", clientId),
            new(AuthenticationExtensions.RoleClaim, PmsRoles.Service),
        ]);

    private string Sign(List<Claim> claims)
    {
        claims.Add(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()));
        var now = clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Value.Issuer,
            Audience = jwt.Value.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(Lifetime),
            SigningCredentials = signingKey.SigningCredentials,
        });
    }
}
