using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

public sealed class GatewayRoutingTests(PmsAppFixture fixture)
{
    [TimedTheory(EndToEnd.TestTimeoutSeconds)]
    [InlineData("/api/patients/me")]
    [InlineData("/api/billing/catalog")]
    [InlineData("/api/notifications")]
    public async Task ProtectedServiceRoutesAnswerThroughTheGatewayWithABearerChallenge(string path)
    {
        using var gateway = fixture.App.CreateHttpClient(ResourceNames.Gateway);

        using var response = await gateway.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, challenge => challenge.Scheme == "Bearer");
    }

    [TimedTheory(EndToEnd.TestTimeoutSeconds)]
    [InlineData("auth")]
    [InlineData("patients")]
    [InlineData("billing")]
    [InlineData("notifications")]
    public async Task EachServiceShowsAnAdministratorItsDeadLettersThroughTheGateway(string service)
    {
        using var admin = PmsClient.Authorized(new PmsClient(fixture).Gateway(), await fixture.AdminAccessTokenAsync());

        using var response = await admin.GetAsync(new Uri($"/api/{service}/dead-letters", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).ValueKind);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task TheSigningKeysArePublishedThroughTheGatewayWithoutPrivateParts()
    {
        using var gateway = fixture.App.CreateHttpClient(ResourceNames.Gateway);
        var cancellationToken = TestContext.Current.CancellationToken;

        var configuration = await gateway.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", cancellationToken);
        var jwksUri = new Uri(configuration.GetProperty("jwks_uri").GetString()!);
        var keys = await gateway.GetFromJsonAsync<JsonElement>(jwksUri.AbsolutePath, cancellationToken);

        Assert.Equal(gateway.BaseAddress!.Authority, jwksUri.Authority);
        // Next and current, and previous once the keys were rotated (SigningKeyRotationTests).
        var published = keys.GetProperty("keys").EnumerateArray().ToList();
        Assert.InRange(published.Count, 2, 3);
        Assert.All(published, key => Assert.Equal("RSA", key.GetProperty("kty").GetString()));
        Assert.All(published, key => Assert.False(key.TryGetProperty("d", out _)));
        Assert.Contains(published, key => key.GetProperty("kid").GetString() == PmsAppFixture.KeyIdOf(fixture.SigningKey));
        Assert.False(string.IsNullOrEmpty(configuration.GetProperty("issuer").GetString()));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnUnknownApiPathAnswersNotFound()
    {
        using var gateway = fixture.App.CreateHttpClient(ResourceNames.Gateway);

        using var response = await gateway.GetAsync(new Uri("/api/unknown", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
