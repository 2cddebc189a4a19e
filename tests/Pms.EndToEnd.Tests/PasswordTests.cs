using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pms.EndToEnd.Tests;

/// <summary>Changing a password, and resetting a forgotten one from the emailed single-use link.</summary>
public sealed partial class PasswordTests(PmsAppFixture fixture)
{
    private const string NewPassword = "a brand new and memorable passphrase";
    private readonly PmsClient _client = new(fixture);
    private readonly MailSink _sink = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AForgottenPasswordIsResetOnceFromTheEmailedLinkAndEverySessionEnds()
    {
        var (_, email) = await _client.RegisterPatientAsync(Cancellation);
        var session = await _client.LoginAsync(email, PmsClient.Password, Cancellation);
        using var gateway = _client.Gateway();

        using var forgot = await gateway.PostAsJsonAsync("/api/auth/password/forgot", new { email }, Cancellation);
        await _sink.WaitForAsync(email, "Reset your", Cancellation);
        var token = ResetToken(await _sink.TextBodyOfAsync(email, "Reset your", Cancellation));
        using var reset = await gateway.PostAsJsonAsync("/api/auth/password/reset", new { token, newPassword = NewPassword }, Cancellation);
        using var resetAgain = await gateway.PostAsJsonAsync("/api/auth/password/reset", new { token, newPassword = "yet another memorable passphrase" }, Cancellation);
        using var oldPassword = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);
        using var oldSession = await gateway.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = session.RefreshToken }, Cancellation);
        var newSession = await _client.LoginAsync(email, NewPassword, Cancellation);

        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, resetAgain.StatusCode);
        Assert.True((await resetAgain.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors").TryGetProperty("token", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.StatusCode);
        Assert.False(string.IsNullOrEmpty(newSession.AccessToken));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task NoStaffMemberOrAdministratorCanReadAPasswordResetLinkInTheDeliveryLog()
    {
        var (_, email) = await _client.RegisterPatientAsync(Cancellation);
        using var gateway = _client.Gateway();
        using var forgot = await gateway.PostAsJsonAsync("/api/auth/password/forgot", new { email }, Cancellation);
        await _sink.WaitForAsync(email, "Reset your", Cancellation);
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var (_, staffEmail) = await _client.CreateStaffAsync(PmsRoles.Staff, Cancellation);
        using var staff = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation)).AccessToken);

        var log = await admin.GetFromJsonAsync<JsonElement>("/api/notifications?channel=Email&pageSize=100", Cancellation);
        var resetMessage = log.GetProperty("items").EnumerateArray()
            .Single(item => item.GetProperty("recipient").GetString() == email && item.GetProperty("template").GetString() == "password-reset");
        var id = resetMessage.GetProperty("id").GetGuid();
        using var byAdmin = await admin.GetAsync(new Uri($"/api/notifications/{id}", UriKind.Relative), Cancellation);
        using var byStaff = await staff.GetAsync(new Uri($"/api/notifications/{id}", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStaff.StatusCode);
        Assert.DoesNotContain("reset-password", await byStaff.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnAdministratorSendsTheResetEmailWithoutSeeingThePassword()
    {
        var (staffId, email) = await _client.CreateStaffAsync(PmsRoles.Staff, Cancellation);
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());

        using var sent = await admin.PostAsync($"/api/auth/users/{staffId}/password-reset", null, Cancellation);
        using var unknown = await admin.PostAsync($"/api/auth/users/{Guid.NewGuid()}/password-reset", null, Cancellation);
        await _sink.WaitForAsync(email, "Reset your", Cancellation);

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal(string.Empty, await sent.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Matches(ResetLink(), await _sink.TextBodyOfAsync(email, "Reset your", Cancellation));
    }

    private static string ResetToken(string body) => ResetLink().Match(body).Groups["token"].Value;

    [GeneratedRegex(@"/reset-password\?token=(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex ResetLink();
}
