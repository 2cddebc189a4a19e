using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OtpNet;
using Pms.GatewaySignIn;

namespace Pms.EndToEnd.Tests;

/// <summary>A second factor (TOTP, RFC 6238) for the workforce, optional for patients, and sessions with an absolute end.</summary>
public sealed class MfaTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AStaffAccountEnrolsBeforeItGetsTokensThenSignsInWithACodeThatWorksOnce()
    {
        var (_, email) = await _client.CreateStaffAsync(PmsRoles.Staff, Cancellation);
        using var gateway = _client.Gateway();

        using var first = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);
        var step = await first.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var enrollmentToken = step.GetProperty("enrollmentToken").GetString()!;
        using var meWithEnrollmentToken = await SendAsync(gateway, HttpMethod.Get, "/api/auth/me", enrollmentToken);
        using var setup = await SendAsync(gateway, HttpMethod.Post, "/api/auth/mfa/totp/setup", enrollmentToken);
        var secret = (await setup.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("secret").GetString()!;
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        using var wrongCode = await SendAsync(gateway, HttpMethod.Post, "/api/auth/mfa/totp/confirm", enrollmentToken, new { code = WrongCode(totp) });
        using var confirmed = await SendAsync(gateway, HttpMethod.Post, "/api/auth/mfa/totp/confirm", enrollmentToken, new { code = totp.ComputeTotp() });
        var enrolled = await confirmed.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        using var confirmAgain = await SendAsync(gateway, HttpMethod.Post, "/api/auth/mfa/totp/confirm", enrollmentToken, new { code = totp.ComputeTotp() });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(step.GetProperty("mfaEnrollmentRequired").GetBoolean());
        Assert.False(step.TryGetProperty("accessToken", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, meWithEnrollmentToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(10, enrolled.GetProperty("recoveryCodes").GetArrayLength());
        Assert.Equal(HttpStatusCode.Unauthorized, confirmAgain.StatusCode);
        using (var me = await SendAsync(gateway, HttpMethod.Get, "/api/auth/me", enrolled.GetProperty("accessToken").GetString()!))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        // The next sign-in asks for a code; a wrong one fails, the right one (of a later step: a code works once) signs in, and the mfaToken is spent.
        var authenticator = new Authenticator(TimeProvider.System);
        _ = authenticator.FirstCode(email, secret);
        using var second = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);
        var mfaToken = (await second.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("mfaToken").GetString();
        using var wrong = await gateway.PostAsJsonAsync("/api/auth/login/mfa", new { mfaToken, code = WrongCode(totp) }, Cancellation);
        var code = await authenticator.NextCodeAsync(email, Cancellation);
        using var right = await gateway.PostAsJsonAsync("/api/auth/login/mfa", new { mfaToken, code }, Cancellation);
        using var reused = await gateway.PostAsJsonAsync("/api/auth/login/mfa", new { mfaToken, code }, Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.True((await right.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).TryGetProperty("accessToken", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientSignsInWithAPasswordAloneUntilTheyAddASecondFactor()
    {
        var (_, email) = await _client.RegisterPatientAsync(Cancellation);
        var tokens = await _client.LoginAsync(email, PmsClient.Password, Cancellation);
        using var gateway = _client.Gateway();

        using var setup = await SendAsync(gateway, HttpMethod.Post, "/api/auth/mfa/totp/setup", tokens.AccessToken);
        var setupAnswer = await setup.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var secret = setupAnswer.GetProperty("secret").GetString()!;
        using var confirmed = await SendAsync(gateway, HttpMethod.Post, "/api/auth/mfa/totp/confirm", tokens.AccessToken,
            new { code = Authenticator.Shared.FirstCode(email, secret) });
        using var next = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);
        var nextStep = await next.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

        Assert.StartsWith($"otpauth://totp/PMS:{Uri.EscapeDataString(email)}?secret={secret}", setupAnswer.GetProperty("otpauthUri").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.False((await confirmed.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).TryGetProperty("accessToken", out _));
        Assert.True(nextStep.GetProperty("mfaRequired").GetBoolean());
        Assert.False(nextStep.TryGetProperty("accessToken", out _));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnAdministratorResetsALostSecondFactorAndTheAccountEnrolsAgain()
    {
        var (staffId, email) = await _client.CreateStaffAsync(PmsRoles.Staff, Cancellation);
        var before = await _client.LoginAsync(email, PmsClient.Password, Cancellation);
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());

        using var reset = await admin.PostAsync($"/api/auth/users/{staffId}/mfa-reset", null, Cancellation);
        using var refresh = await _client.Gateway().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = before.RefreshToken }, Cancellation);
        using var next = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.True((await next.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("mfaEnrollmentRequired").GetBoolean());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ASessionEndsAtItsAbsoluteLifetimeHoweverOftenItIsRefreshed()
    {
        var (_, email) = await _client.RegisterPatientAsync(Cancellation);
        var signedInAt = DateTimeOffset.UtcNow;
        var tokens = await _client.LoginAsync(email, PmsClient.Password, Cancellation);
        using var gateway = _client.Gateway();

        var refreshToken = tokens.RefreshToken;
        var refreshed = 0;
        HttpStatusCode last;
        do
        {
            await Task.Delay(TimeSpan.FromSeconds(3), Cancellation);
            using var response = await gateway.PostAsJsonAsync("/api/auth/refresh", new { refreshToken }, Cancellation);
            last = response.StatusCode;
            if (last == HttpStatusCode.OK)
            {
                refreshed++;
                refreshToken = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("refreshToken").GetString()!;
            }
        }
        while (last == HttpStatusCode.OK && DateTimeOffset.UtcNow - signedInAt < PmsAppFixture.AbsoluteSessionLifetime * 2);

        var endedAfter = DateTimeOffset.UtcNow - signedInAt;
        Assert.Equal(HttpStatusCode.Unauthorized, last);
        Assert.True(refreshed >= 4, $"Only {refreshed} refreshes succeeded before the session ended.");
        Assert.InRange(endedAfter, PmsAppFixture.AbsoluteSessionLifetime, PmsAppFixture.AbsoluteSessionLifetime + TimeSpan.FromSeconds(8));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ASessionWhoseRefreshTokenGoesUnusedEndsAtAuth()
    {
        var (_, email) = await _client.RegisterPatientAsync(Cancellation);
        var tokens = await _client.LoginAsync(email, PmsClient.Password, Cancellation);
        using var gateway = _client.Gateway();

        await Task.Delay(PmsAppFixture.IdleSessionLifetime + TimeSpan.FromSeconds(1), Cancellation);
        using var idle = await gateway.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken }, Cancellation);
        using var again = await gateway.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken }, Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, idle.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    private async Task<HttpStatusCode> SecondStepAsync(HttpClient gateway, string email, string code)
    {
        using var first = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);
        var mfaToken = (await first.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("mfaToken").GetString();
        using var second = await gateway.PostAsJsonAsync("/api/auth/login/mfa", new { mfaToken, code }, Cancellation);
        return second.StatusCode;
    }

    private static string WrongCode(Totp totp)
    {
        var right = totp.ComputeTotp();
        return ((int.Parse(right, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient gateway, HttpMethod method, string path, string bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await gateway.SendAsync(request, Cancellation);
    }
}
