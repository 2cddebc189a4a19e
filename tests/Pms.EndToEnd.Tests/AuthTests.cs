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
    public async Task SigningInIssuesAFifteenMinuteTokenThatDescribesTheAccount()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);

        var tokens = await _client.LoginAsync(email, PmsClient.Password, Cancellation);

        var token = new JsonWebToken(tokens.AccessToken);
        Assert.Equal("Bearer", tokens.TokenType);
        Assert.Equal(900, tokens.ExpiresIn);
        Assert.Equal("RS256", token.Alg);
        Assert.Equal(userId.ToString(), token.Subject);
        Assert.Equal(email, token.GetClaim("email").Value);
        Assert.Equal("Patient", token.GetClaim("role").Value);
        Assert.Contains("pms-api", token.Audiences);
        Assert.False(string.IsNullOrEmpty(token.Issuer));
        Assert.False(string.IsNullOrEmpty(token.Id));
        Assert.Equal(TimeSpan.FromMinutes(15), token.ValidTo - token.IssuedAt);

        using var gateway = PmsClient.Authorized(_client.Gateway(), tokens.AccessToken);
        var me = await gateway.GetFromJsonAsync<JsonElement>("/api/auth/me", Cancellation);
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("Patient", Assert.Single(me.GetProperty("roles").EnumerateArray()).GetString());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AWrongPasswordAndAnUnknownAccountGetTheSameAnswer()
    {
        var (_, email) = await _client.RegisterPatientAsync(Cancellation);

        using var wrongPassword = await _client.PostLoginAsync(email, "not the right passphrase", Cancellation);
        using var unknownAccount = await _client.PostLoginAsync(PmsClient.NewEmail("nobody"), "not the right passphrase", Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownAccount.StatusCode);
        Assert.Equal(
            (await wrongPassword.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("title").GetString(),
            (await unknownAccount.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("title").GetString());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task FiveWrongPasswordsLockTheAccountForFifteenMinutes()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);

        for (var attempt = 1; attempt < 5; attempt++)
        {
            using var failed = await _client.PostLoginAsync(email, "not the right passphrase", Cancellation);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var fifth = await _client.PostLoginAsync(email, "not the right passphrase", Cancellation);
        using var rightPasswordAfterwards = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);

        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, rightPasswordAfterwards.StatusCode);
        Assert.Contains("AccountLockedOut", await AuditActionsAsync(userId));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task SignInAttemptsOnOneAccountBeyondItsLimitAreThrottled()
    {
        var email = PmsClient.NewEmail("sprayed");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            using var response = await _client.PostLoginAsync(email, "guess number " + attempt, Cancellation);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.All(statuses.Take(10), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [TimedTheory(EndToEnd.TestTimeoutSeconds)]
    [InlineData("password1234")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("short")]
    public async Task AWeakOrCommonPasswordIsRejected(string password)
    {
        using var gateway = _client.Gateway();
        var email = PmsClient.NewEmail("weak");

        using var response = await gateway.PostAsJsonAsync("/api/auth/register",
            new { email, password, firstName = "Weak", lastName = "Password", dateOfBirth = "1990-01-01" }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors").TryGetProperty("password", out _));
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
    public async Task LoggingOutRevokesTheRefreshToken()
    {
        var (_, email) = await _client.RegisterPatientAsync(Cancellation);
        var tokens = await _client.LoginAsync(email, PmsClient.Password, Cancellation);
        using var gateway = PmsClient.Authorized(_client.Gateway(), tokens.AccessToken);

        using var logout = await gateway.PostAsJsonAsync("/api/auth/logout", new { refreshToken = tokens.RefreshToken }, Cancellation);
        using var refresh = await RefreshAsync(tokens.RefreshToken);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
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
    public async Task AServiceGetsAServiceTokenOnlyWithItsSecret()
    {
        var token = new JsonWebToken(await _client.ServiceTokenAsync(Cancellation));
        using var gateway = _client.Gateway();

        using var wrongSecret = await gateway.PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ResourceNames.Patients,
            ["client_secret"] = "not the secret",
        }), Cancellation);

        Assert.Equal("Service", token.GetClaim("role").Value);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
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
