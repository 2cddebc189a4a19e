using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Pms.EndToEnd.Tests;

/// <summary>The only test that rotates the signing keys: the configured key stays trusted as the previous key, which other tests rely on.</summary>
public sealed class SigningKeyRotationTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ARotationSignsWithThePublishedNextKeyWhileTokensOfThePreviousKeyStillWork()
    {
        var (_, staffEmail) = await _client.CreateStaffAsync("Staff", Cancellation);
        var before = await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation);
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var ringBefore = await admin.GetFromJsonAsync<List<JsonElement>>("/api/auth/signing-keys", Cancellation);
        var nextBefore = KeyOf(ringBefore!, "Next");
        var currentBefore = KeyOf(ringBefore!, "Current");

        using var rotation = await admin.PostAsync("/api/auth/signing-keys/rotate", null, Cancellation);
        var ringAfter = await rotation.Content.ReadFromJsonAsync<List<JsonElement>>(Cancellation);

        // The replica that rotated has the new ring at once; the others once they reread it.
        await Task.Delay(PmsAppFixture.SigningKeyRefreshInterval * 3, Cancellation);
        var after = await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation);
        using var anonymous = _client.Gateway();
        var published = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/jwks.json", Cancellation);

        Assert.Equal(HttpStatusCode.OK, rotation.StatusCode);
        Assert.Equal(PmsAppFixture.KeyIdOf(fixture.SigningKey), currentBefore);
        Assert.Equal(nextBefore, KeyOf(ringAfter!, "Current"));
        Assert.Equal(currentBefore, KeyOf(ringAfter!, "Previous"));
        var nextAfter = KeyOf(ringAfter!, "Next");
        Assert.DoesNotContain(nextAfter, new[] { nextBefore, currentBefore });
        Assert.All(ringAfter!, key => Assert.False(key.TryGetProperty("protectedPrivateKey", out _)));
        Assert.Equal(
            new[] { nextAfter, nextBefore, currentBefore }.Order(),
            published.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()).Order());
        Assert.Equal(currentBefore, new JsonWebToken(before.AccessToken).Kid);
        Assert.Equal(nextBefore, new JsonWebToken(after.AccessToken).Kid);
        foreach (var token in new[] { before.AccessToken, after.AccessToken })
        {
            using var staff = PmsClient.Authorized(_client.Gateway(), token);
            foreach (var path in new[] { "/api/auth/me", "/api/patients?pageSize=1", "/api/billing/catalog" })
            {
                using var response = await staff.GetAsync(new Uri(path, UriKind.Relative), Cancellation);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode} to a token signed by {new JsonWebToken(token).Kid}");
            }
        }
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task OnlyAnAdministratorSeesOrRotatesTheSigningKeys()
    {
        var (_, staffEmail) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var staff = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation)).AccessToken);
        using var anonymous = _client.Gateway();

        using var staffList = await staff.GetAsync(new Uri("/api/auth/signing-keys", UriKind.Relative), Cancellation);
        using var staffRotation = await staff.PostAsync("/api/auth/signing-keys/rotate", null, Cancellation);
        using var anonymousRotation = await anonymous.PostAsync("/api/auth/signing-keys/rotate", null, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, staffList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffRotation.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRotation.StatusCode);
    }

    private static string KeyOf(List<JsonElement> ring, string status) =>
        Assert.Single(ring, key => key.GetProperty("status").GetString() == status).GetProperty("keyId").GetString()!;
}
