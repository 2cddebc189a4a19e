using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;

namespace Pms.EndToEnd.Tests;

public sealed class AuthTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task FiveWrongPasswordsMakeThatAddressWaitAnswerLikeAWrongPasswordAndAnAdminLiftsTheWait()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());

        var wrong = new List<(HttpStatusCode Status, string? Title)>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await _client.PostLoginAsync(email, "not the right passphrase", Cancellation);
            wrong.Add((failed.StatusCode, (await failed.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("title").GetString()));
        }

        using var rightPasswordWhileWaiting = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);
        var waitingAnswer = await rightPasswordWhileWaiting.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/auth/users?search={Uri.EscapeDataString(email)}", Cancellation);
        using var unlocked = await admin.PostAsync($"/api/auth/users/{userId}/unlock", null, Cancellation);
        using var afterUnlock = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);

        Assert.All(wrong, answer => Assert.Equal((HttpStatusCode.Unauthorized, wrong[0].Title), answer));
        Assert.Equal(HttpStatusCode.Unauthorized, rightPasswordWhileWaiting.StatusCode);
        Assert.Equal(wrong[0].Title, waitingAnswer.GetProperty("title").GetString());
        Assert.False(rightPasswordWhileWaiting.Headers.Contains("Retry-After"));
        Assert.Equal("Active", listed.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterUnlock.StatusCode);
        Assert.Equal(5, (await AuditActionsAsync(userId)).Count(action => action == "LoginFailed"));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task SignInAttemptsOnOneAccountBeyondItsLimitsAnswerExactlyLikeAWrongPassword()
    {
        var email = PmsClient.NewEmail("sprayed");
        var answers = new List<(HttpStatusCode Status, string? Title)>();
        for (var attempt = 0; attempt < 12; attempt++)
        {
            using var response = await _client.PostLoginAsync(email, "guess number " + attempt, Cancellation);
            answers.Add((response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("title").GetString()));
            Assert.Null(response.Headers.RetryAfter);
        }

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.Unauthorized, answers[0].Title), answer));
    }

    [TimedTheory(EndToEnd.TestTimeoutSeconds)]
    [InlineData("/api/auth/register")]
    [InlineData("/api/auth/login")]
    [InlineData("/api/auth/refresh")]
    public async Task MalformedJsonIsABadRequestWithProblemDetails(string path)
    {
        using var gateway = _client.Gateway();

        using var response = await gateway.PostAsync(path, new StringContent("{\"email\": ", Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task RefreshingRotatesTheTokenAndReusingTheOldOneRevokesTheSession()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);
        var first = await _client.LoginAsync(email, PmsClient.Password, Cancellation);

        using var rotated = await RefreshAsync(first.RefreshToken);
        var second = (await rotated.Content.ReadFromJsonAsync<Tokens>(Cancellation))!;
        using var reuse = await RefreshAsync(first.RefreshToken);
        using var afterReuse = await RefreshAsync(second.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, reuse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReuse.StatusCode);
        Assert.Contains("RefreshTokenReused", await AuditActionsAsync(userId));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task RefreshTokensAreStoredOnlyAsHashes()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);
        var tokens = await _client.LoginAsync(email, PmsClient.Password, Cancellation);

        await using var connection = await OpenAuthDatabaseAsync();
        await using var query = new NpgsqlCommand("""SELECT "TokenHash" FROM "RefreshTokens" WHERE "UserId" = @user""", connection);
        query.Parameters.AddWithValue("user", userId);
        var stored = (string?)await query.ExecuteScalarAsync(Cancellation);

        Assert.NotNull(stored);
        Assert.NotEqual(tokens.RefreshToken, stored);
        Assert.DoesNotContain(tokens.RefreshToken, stored, StringComparison.Ordinal);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AServiceGetsATokenWithItsScopesOnlyWithItsSecretAndOnlyFromAuthItself()
    {
        var patients = new JsonWebToken(await _client.ServiceTokenAsync(Cancellation));
        var notifications = new JsonWebToken(await _client.ServiceTokenAsync(Cancellation, ResourceNames.Notifications));
        using var auth = _client.Service(ResourceNames.Auth);
        using var gateway = _client.Gateway();
        var wrongSecretForm = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ResourceNames.Patients,
            ["client_secret"] = "not the secret",
        };

        using var wrongSecret = await auth.PostAsync("/api/auth/token", new FormUrlEncodedContent(wrongSecretForm), Cancellation);
        using var throughGateway = await gateway.PostAsync("/api/auth/token", new FormUrlEncodedContent(wrongSecretForm), Cancellation);

        Assert.Equal("Service", patients.GetClaim("role").Value);
        Assert.Equal("billing.fees", patients.GetClaim("scope").Value);
        Assert.Equal(string.Empty, notifications.GetClaim("scope").Value);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, throughGateway.StatusCode);
    }

    private async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var gateway = _client.Gateway();
        return await gateway.PostAsJsonAsync("/api/auth/refresh", new { refreshToken }, Cancellation);
    }

    private async Task<List<string>> AuditActionsAsync(Guid userId)
    {
        await using var connection = await OpenAuthDatabaseAsync();
        await using var query = new NpgsqlCommand("""SELECT "Action" FROM "AuditEntries" WHERE "SubjectUserId" = @user""", connection);
        query.Parameters.AddWithValue("user", userId);
        await using var reader = await query.ExecuteReaderAsync(Cancellation);
        var actions = new List<string>();
        while (await reader.ReadAsync(Cancellation))
        {
            actions.Add(reader.GetString(0));
        }

        return actions;
    }

    private async Task<NpgsqlConnection> OpenAuthDatabaseAsync()
    {
        var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync(ResourceNames.AuthDatabase, Cancellation));
        await connection.OpenAsync(Cancellation);
        return connection;
    }
}
