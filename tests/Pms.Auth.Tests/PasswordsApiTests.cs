using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Pms.Auth.Dtos;
using Pms.Auth.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Contracts.Events;
using Pms.Testing;

namespace Pms.Auth.Tests;

/// <summary>Changing a password when signed in, and resetting a forgotten one with the single-use link auth asks to be emailed.</summary>
public sealed class PasswordsApiTests(AuthApp app)
{
    private const string NewPassword = "another quite memorable passphrase";

    private readonly Accounts _accounts = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task AfterAChangeOnlyTheNewPasswordSignsIn()
    {
        var (_, email) = await _accounts.PatientAsync();
        using var client = app.ClientWith((await _accounts.SignInAsync(email)).AccessToken);

        using var response = await client.PostAsJsonAsync("/api/auth/password", new ChangePasswordRequest(Accounts.Password, NewPassword), Cancellation);
        using var withOld = await _accounts.PostLoginAsync(email, Accounts.Password);
        using var withNew = await _accounts.PostLoginAsync(email, NewPassword);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (withOld.StatusCode, withNew.StatusCode));
    }

    [TimedFact]
    public async Task AChangeEndsTheAccountsOtherSessionsAndKeepsThisOne()
    {
        var (_, email) = await _accounts.PatientAsync();
        var elsewhere = await _accounts.SignInAsync(email);
        var here = await _accounts.SignInAsync(email);
        using var client = app.ClientWith(here.AccessToken);

        using var response = await client.PostAsJsonAsync("/api/auth/password", new ChangePasswordRequest(Accounts.Password, NewPassword), Cancellation);
        using var refreshElsewhere = await _accounts.PostRefreshAsync(elsewhere.RefreshToken);
        using var refreshHere = await _accounts.PostRefreshAsync(here.RefreshToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (refreshElsewhere.StatusCode, refreshHere.StatusCode));
    }

    [TimedFact]
    public async Task AWrongCurrentPasswordIsRefusedWithAnErrorOnItAndChangesNothing()
    {
        var (_, email) = await _accounts.PatientAsync();
        using var client = app.ClientWith((await _accounts.SignInAsync(email)).AccessToken);

        using var response = await client.PostAsJsonAsync("/api/auth/password", new ChangePasswordRequest("not my passphrase at all", NewPassword), Cancellation);
        using var withOld = await _accounts.PostLoginAsync(email, Accounts.Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["currentPassword"], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
    }

    [TimedFact]
    public async Task AForgottenPasswordIsAcceptedAndTheAccountIsSentAResetLink()
    {
        var (userId, email) = await _accounts.PatientAsync();
        HttpStatusCode status = default;

        var session = await app.TrackAsync(async () => status = await ForgotAsync(email));

        Assert.Equal(HttpStatusCode.Accepted, status);
        var envelope = Assert.Single(session.Sent.Envelopes(), envelope => envelope.Message is PasswordResetRequested requested && requested.UserId == userId);
        Assert.Equal($"kafka://topic/{Topics.AuthAccountNotices}", envelope.Destination?.ToString());
        var requested = (PasswordResetRequested)envelope.Message!;
        Assert.Equal((email, "Mary"), (requested.Email, requested.FirstName));
        Assert.StartsWith("http://localhost:4200/reset-password?token=", requested.ResetUrl, StringComparison.Ordinal);
        Assert.InRange(requested.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [TimedFact]
    public async Task AnUnknownEmailGetsTheSameAnswerAndNoEmailIsSent()
    {
        var email = Accounts.NewEmail("nobody");
        HttpStatusCode status = default;

        var session = await app.TrackAsync(async () => status = await ForgotAsync(email));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.DoesNotContain(session.Sent.MessagesOf<PasswordResetRequested>(), requested => requested.Email == email);
    }

    [TimedFact]
    public async Task TheResetLinkSetsANewPasswordAndEndsEverySessionOfTheAccount()
    {
        var (_, email) = await _accounts.PatientAsync();
        var before = await _accounts.SignInAsync(email);
        var token = await ResetTokenAsync(email);

        using var response = await ResetAsync(token);
        using var refresh = await _accounts.PostRefreshAsync(before.RefreshToken);
        using var withNew = await _accounts.PostLoginAsync(email, NewPassword);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (refresh.StatusCode, withNew.StatusCode));
    }

    [TimedFact]
    public async Task AResetLinkWorksOnce()
    {
        var (_, email) = await _accounts.PatientAsync();
        var token = await ResetTokenAsync(email);
        using var first = await ResetAsync(token);

        using var again = await ResetAsync(token, "a third passphrase nobody would guess");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["token"], (await again.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
    }

    [TimedFact]
    public async Task AnAdministratorSendsAnAccountItsResetLinkWithoutSeeingIt()
    {
        var (userId, _) = await _accounts.PatientAsync();
        using var admin = await app.AdminAsync();
        HttpResponseMessage response = null!;

        var session = await app.TrackAsync(async () => response = await admin.PostAsync($"/api/auth/users/{userId}/password-reset", null, Cancellation));

        using (response)
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.DoesNotContain("token", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.OrdinalIgnoreCase);
            Assert.Single(session.Sent.MessagesOf<PasswordResetRequested>(), requested => requested.UserId == userId);
        }
    }

    private async Task<HttpStatusCode> ForgotAsync(string email)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/password/forgot", new ForgotPasswordRequest(email), Cancellation);
        return response.StatusCode;
    }

    /// <summary>The token of the link in the email the account is sent, as the reset page reads it.</summary>
    private async Task<string> ResetTokenAsync(string email)
    {
        var session = await app.TrackAsync(async () => Assert.Equal(HttpStatusCode.Accepted, await ForgotAsync(email)));
        var link = new Uri(Assert.Single(session.Sent.MessagesOf<PasswordResetRequested>(), requested => requested.Email == email).ResetUrl);
        return QueryHelpers.ParseQuery(link.Query)["token"].ToString();
    }

    private async Task<HttpResponseMessage> ResetAsync(string token, string newPassword = NewPassword)
    {
        using var client = app.CreateClient();
        return await client.PostAsJsonAsync("/api/auth/password/reset", new ResetPasswordRequest(token, newPassword), Cancellation);
    }
}
