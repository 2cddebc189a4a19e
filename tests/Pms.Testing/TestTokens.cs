using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Testing;

/// <summary>Access tokens shaped like auth-service's, signed with a key only the tests and the test host know.</summary>
public static class TestTokens
{
    public static RsaSecurityKey SigningKey { get; } = new(RSA.Create(2048)) { KeyId = "pms-tests" };

    public static string For(Guid userId, params string[] roles) => Sign(new Dictionary<string, object>
    {
        [AuthenticationExtensions.SubjectClaim] = userId.ToString(),
        [AuthenticationExtensions.RoleClaim] = roles,
        [ServiceScopes.Claim] = FhirScopes.ForRoles(roles) ?? "",
    });

    /// <summary>A Service token of <paramref name="clientId"/>, with the scopes auth-service gives that client.</summary>
    public static string ForService(string clientId) => Sign(new Dictionary<string, object>
    {
        [AuthenticationExtensions.SubjectClaim] = $"service:{clientId}",
        [AuthenticationExtensions.RoleClaim] = PmsRoles.Service,
        [ServiceScopes.Claim] = string.Join(' ', ServiceScopes.OfClient[clientId]),
    });

    private static string Sign(Dictionary<string, object> claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = new JwtOptions().Issuer,
        Audience = new JwtOptions().Audience,
        Expires = DateTime.UtcNow.AddMinutes(30),
        SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        Claims = claims,
    });
}
