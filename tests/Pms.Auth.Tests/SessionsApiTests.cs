using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.JsonWebTokens;
using Pms.Auth.Dtos;
using Pms.Auth.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Testing;

namespace Pms.Auth.Tests;

/// <summary>Signing in, refreshing with rotation, signing out, and who the token says the caller is.</summary>
public sealed class SessionsApiTests(AuthApp app)
{
    private readonly Accounts _accounts = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task SigningInIssuesAFifteenMinuteBearerTokenNamingTheAccountAndARefreshToken()
    {
        var (userId, email) = await _accounts.PatientAsync();

        using var response = await _accounts.PostLoginAsync(email, Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!;
        Assert.Equal(("Bearer", 900), (answer.TokenType, answer.ExpiresIn));
        Assert.False(string.IsNullOrEmpty(answer.RefreshToken));
        var token = new JsonWebToken(answer.AccessToken);
        Assert.Equal(("RS256", userId.ToString(), email, PmsRoles.Patient, FhirScopes.PatientRead),
            (token.Alg, token.Subject, token.GetClaim("email").Value, token.GetClaim("role").Value, token.GetClaim("scope").Value));
        Assert.Equal(TimeSpan.FromMinutes(15), token.ValidTo - token.IssuedAt);
    }

    [TimedTheory]
    [InlineData(PmsRoles.Staff)]
    [InlineData(PmsRoles.Doctor)]
    [InlineData(PmsRoles.Admin)]
    public async Task TheHospitalsPeopleGetTheFhirScopeOfReadingAnyPatient(string role)
    {
        var (_, email) = await _accounts.WorkforceAsync(role);

        var token = new JsonWebToken((await _accounts.SignInAsync(email)).AccessToken);

        Assert.Equal(FhirScopes.UserRead, token.GetClaim("scope").Value);
    }

    [TimedFact]
    public async Task MeDescribesTheSignedInAccount()
    {
        var (userId, email) = await _accounts.PatientAsync();
        using var client = app.ClientWith((await _accounts.SignInAsync(email)).AccessToken);

        var me = await client.GetFromJsonAsync<MeResponse>("/api/auth/me", Cancellation);

        Assert.Equal((userId, email, "Mary", "Seacole"), (me!.UserId, me.Email, me.FirstName, me.LastName));
        Assert.Equal([PmsRoles.Patient], me.Roles);
    }

    [TimedFact]
    public async Task MeWithoutATokenIsUnauthorized()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [TimedFact]
    public async Task AWrongPasswordAndAnUnknownEmailGetTheSameAnswer()
    {
        var (_, email) = await _accounts.PatientAsync();

        using var wrongPassword = await _accounts.PostLoginAsync(email, "not the right passphrase");
        using var unknownEmail = await _accounts.PostLoginAsync(Accounts.NewEmail("nobody"), "not the right passphrase");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (wrongPassword.StatusCode, unknownEmail.StatusCode));
        var wrong = await wrongPassword.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        var unknown = await unknownEmail.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        Assert.Equal((wrong!.Title, wrong.Detail, wrong.Status), (unknown!.Title, unknown.Detail, unknown.Status));
    }

    [TimedFact]
    public async Task RefreshingGivesANewPairAndTheOldRefreshTokenIsRefusedAfterwards()
    {
        var (_, email) = await _accounts.PatientAsync();
        var first = await _accounts.SignInAsync(email);

        using var rotated = await _accounts.PostRefreshAsync(first.RefreshToken);
        using var reused = await _accounts.PostRefreshAsync(first.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var second = (await rotated.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!;
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.NotEqual(first.AccessToken, second.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
    }

    [TimedFact]
    public async Task ReusingARotatedRefreshTokenEndsTheWholeSession()
    {
        var (_, email) = await _accounts.PatientAsync();
        var first = await _accounts.SignInAsync(email);
        using var rotated = await _accounts.PostRefreshAsync(first.RefreshToken);
        var second = (await rotated.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!;

        using var reused = await _accounts.PostRefreshAsync(first.RefreshToken);
        using var afterReuse = await _accounts.PostRefreshAsync(second.RefreshToken!);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (reused.StatusCode, afterReuse.StatusCode));
    }

    [TimedFact]
    public async Task SigningOutRevokesTheRefreshToken()
    {
        var (_, email) = await _accounts.PatientAsync();
        var tokens = await _accounts.SignInAsync(email);
        using var client = app.ClientWith(tokens.AccessToken);

        using var logout = await client.PostAsJsonAsync("/api/auth/logout", new RefreshRequest(tokens.RefreshToken), Cancellation);
        using var refresh = await _accounts.PostRefreshAsync(tokens.RefreshToken);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }
}
