using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Pms.EndToEnd.Tests;

/// <summary>Tokens that differ from a real one in one respect are refused at the edge and by each service itself.</summary>
public sealed class TokenValidationTests(PmsAppFixture fixture)
{
    public static TheoryData<string, string> Forgeries()
    {
        var data = new TheoryData<string, string>();
        foreach (var forgery in new[] { "alg-none", "tampered-signature", "wrong-audience", "wrong-issuer", "expired", "foreign-key" })
        {
            foreach (var target in new[] { ResourceNames.Gateway, ResourceNames.Auth, ResourceNames.Patients })
            {
                data.Add(forgery, target);
            }
        }

        return data;
    }

    [TimedTheory(EndToEnd.TestTimeoutSeconds)]
    [MemberData(nameof(Forgeries))]
    public async Task AForgedTokenIsUnauthorized(string forgery, string target)
    {
        var path = target == ResourceNames.Patients ? "/api/patients/me" : "/api/auth/me";
        using var client = PmsClient.Authorized(fixture.App.CreateHttpClient(target), Forge(forgery));

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>The control of the forgeries: the same token, untouched, passes the edge and each service's own check.</summary>
    [TimedTheory(EndToEnd.TestTimeoutSeconds)]
    [InlineData(ResourceNames.Gateway)]
    [InlineData(ResourceNames.Auth)]
    [InlineData(ResourceNames.Patients)]
    public async Task TheGenuineVersionOfTheForgedTokenIsAccepted(string target)
    {
        var path = target == ResourceNames.Patients ? "/api/patients/me" : "/api/auth/me";
        using var client = PmsClient.Authorized(fixture.App.CreateHttpClient(target), Forge("genuine"));

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        // The subject does not exist: the service accepted the token and found no such account or record.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private string Forge(string forgery)
    {
        var now = DateTime.UtcNow;
        using var foreignKey = RSA.Create(2048);
        var key = forgery == "foreign-key" ? foreignKey : fixture.SigningKey;
        var issuedAt = forgery == "expired" ? now.AddHours(-2) : now;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = forgery == "wrong-issuer" ? "someone-else" : "pms-auth",
            Audience = forgery == "wrong-audience" ? "another-api" : "pms-api",
            Subject = new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString()), new Claim("role", "Patient"), new Claim("role", "Admin")]),
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt.AddMinutes(15),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = PmsAppFixture.KeyIdOf(key) }, SecurityAlgorithms.RsaSha256),
        };
        var token = new JsonWebTokenHandler().CreateToken(descriptor);

        return forgery switch
        {
            "alg-none" => $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{token.Split('.')[1]}.",
            "tampered-signature" => token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA"),
            _ => token,
        };
    }
}
