using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using OtpNet;
using Pms.Auth.Dtos;
using Pms.Auth.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Testing;

namespace Pms.Auth.Tests;

/// <summary>The workforce must enrol a TOTP second factor (RFC 6238) before it gets tokens, and signs in with its codes afterwards.</summary>
public sealed class MfaApiTests(AuthApp app)
{
    private readonly Accounts _accounts = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedTheory]
    [InlineData(PmsRoles.Staff)]
    [InlineData(PmsRoles.Admin)]
    public async Task AWorkforceAccountGetsNoTokensUntilItHasEnrolledASecondFactor(string role)
    {
        var (_, email) = await _accounts.WorkforceAsync(role);

        using var signIn = await _accounts.PostLoginAsync(email, Accounts.Password);
        var step = (await signIn.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!;
        using var setup = await SendAsync(HttpMethod.Post, "/api/auth/mfa/totp/setup", step.EnrollmentToken!);
        var secret = (await setup.Content.ReadFromJsonAsync<TotpSetupResponse>(Cancellation))!;
        using var confirm = await SendAsync(HttpMethod.Post, "/api/auth/mfa/totp/confirm", step.EnrollmentToken!, new TotpConfirmRequest(CodeAt(secret.Secret, DateTime.UtcNow)));
        var enrolled = (await confirm.Content.ReadFromJsonAsync<TotpConfirmResponse>(Cancellation))!;

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal((true, null), (step.MfaEnrollmentRequired, step.AccessToken));
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.StartsWith($"otpauth://totp/PMS:{Uri.EscapeDataString(email)}?secret={secret.Secret}", secret.OtpauthUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal(10, enrolled.RecoveryCodes.Count);
        using var client = app.ClientWith(enrolled.AccessToken!);
        Assert.Equal(email, (await client.GetFromJsonAsync<MeResponse>("/api/auth/me", Cancellation))!.Email);
    }

    [TimedFact]
    public async Task AnEnrolmentTokenIsNotAnAccessToken()
    {
        var (_, email) = await _accounts.WorkforceAsync(PmsRoles.Staff);
        using var signIn = await _accounts.PostLoginAsync(email, Accounts.Password);
        var step = (await signIn.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!;

        using var me = await SendAsync(HttpMethod.Get, "/api/auth/me", step.EnrollmentToken!);

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [TimedFact]
    public async Task AWrongCodeAtEnrolmentIsRefusedWithAnErrorOnTheCode()
    {
        var (_, email) = await _accounts.WorkforceAsync(PmsRoles.Doctor);
        using var signIn = await _accounts.PostLoginAsync(email, Accounts.Password);
        var enrollmentToken = (await signIn.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!.EnrollmentToken!;
        using var setup = await SendAsync(HttpMethod.Post, "/api/auth/mfa/totp/setup", enrollmentToken);
        var secret = (await setup.Content.ReadFromJsonAsync<TotpSetupResponse>(Cancellation))!.Secret;

        using var confirm = await SendAsync(HttpMethod.Post, "/api/auth/mfa/totp/confirm", enrollmentToken, new TotpConfirmRequest(WrongCode(secret)));

        Assert.Equal(HttpStatusCode.BadRequest, confirm.StatusCode);
        Assert.Contains("code", (await confirm.Content.ReadFromJsonAsync<ValidationProblemDetails>(Cancellation))!.Errors.Keys);
        using var again = await _accounts.PostLoginAsync(email, Accounts.Password);
        Assert.True((await again.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!.MfaEnrollmentRequired);
    }

    [TimedFact]
    public async Task AnEnrolledAccountSignsInWithTheCodeItsAuthenticatorShows()
    {
        var (email, secret) = await EnrolledStaffAsync();

        using var signIn = await _accounts.PostLoginAsync(email, Accounts.Password);
        var step = (await signIn.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!;
        using var second = await PostMfaAsync(step.MfaToken!, NextCode(secret));

        Assert.Equal((true, null), (step.MfaRequired, step.AccessToken));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var tokens = (await second.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!;
        Assert.Equal("Bearer", tokens.TokenType);
        using var client = app.ClientWith(tokens.AccessToken!);
        Assert.Equal([PmsRoles.Staff], (await client.GetFromJsonAsync<MeResponse>("/api/auth/me", Cancellation))!.Roles);
    }

    [TimedFact]
    public async Task AWrongCodeIsRefusedWithTheAnswerOfAWrongPassword()
    {
        var (email, secret) = await EnrolledStaffAsync();
        using var signIn = await _accounts.PostLoginAsync(email, Accounts.Password);
        var mfaToken = (await signIn.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!.MfaToken!;
        using var wrongPassword = await _accounts.PostLoginAsync(email, "not the right passphrase");

        using var wrongCode = await PostMfaAsync(mfaToken, WrongCode(secret));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        var refused = await wrongCode.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        var wrong = await wrongPassword.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        Assert.Equal((wrong!.Title, wrong.Detail), (refused!.Title, refused.Detail));
    }

    [TimedFact]
    public async Task ARecoveryCodeSignsInOnce()
    {
        var (email, _, recoveryCodes) = await EnrolledStaffWithRecoveryCodesAsync();

        var first = await SecondStepAsync(email, recoveryCodes[3]);
        var again = await SecondStepAsync(email, recoveryCodes[3]);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (first, again));
    }

    /// <summary>
    /// A code of the next 30-second step: auth accepts a step of drift either way, and accepts each step once, so the
    /// code of the step the enrolment used would be refused now.
    /// </summary>
    private static string NextCode(string secret) => CodeAt(secret, DateTime.UtcNow.AddSeconds(30));

    private static string CodeAt(string secret, DateTime at) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(at);

    /// <summary>A code no step auth would accept now (the previous, the current, the next) shows.</summary>
    private static string WrongCode(string secret)
    {
        var accepted = new[] { -30, 0, 30, 60 }.Select(seconds => CodeAt(secret, DateTime.UtcNow.AddSeconds(seconds))).ToHashSet();
        return Enumerable.Range(0, 10).Select(digit => new string((char)('0' + digit), 6)).First(code => !accepted.Contains(code));
    }

    private async Task<(string Email, string Secret)> EnrolledStaffAsync()
    {
        var (email, secret, _) = await EnrolledStaffWithRecoveryCodesAsync();
        return (email, secret);
    }

    private async Task<(string Email, string Secret, IReadOnlyList<string> RecoveryCodes)> EnrolledStaffWithRecoveryCodesAsync()
    {
        var (_, email) = await _accounts.WorkforceAsync(PmsRoles.Staff);
        using var signIn = await _accounts.PostLoginAsync(email, Accounts.Password);
        var enrollmentToken = (await signIn.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!.EnrollmentToken!;
        using var setup = await SendAsync(HttpMethod.Post, "/api/auth/mfa/totp/setup", enrollmentToken);
        var secret = (await setup.Content.ReadFromJsonAsync<TotpSetupResponse>(Cancellation))!.Secret;
        using var confirm = await SendAsync(HttpMethod.Post, "/api/auth/mfa/totp/confirm", enrollmentToken, new TotpConfirmRequest(CodeAt(secret, DateTime.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        return (email, secret, (await confirm.Content.ReadFromJsonAsync<TotpConfirmResponse>(Cancellation))!.RecoveryCodes);
    }

    private async Task<HttpStatusCode> SecondStepAsync(string email, string code)
    {
        using var signIn = await _accounts.PostLoginAsync(email, Accounts.Password);
        using var second = await PostMfaAsync((await signIn.Content.ReadFromJsonAsync<LoginResponse>(Cancellation))!.MfaToken!, code);
        return second.StatusCode;
    }

    private async Task<HttpResponseMessage> PostMfaAsync(string mfaToken, string code)
    {
        using var client = app.CreateClient();
        return await client.PostAsJsonAsync("/api/auth/login/mfa", new MfaLoginRequest(mfaToken, code), Cancellation);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string bearer, object? body = null)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }

        return await client.SendAsync(request, Cancellation);
    }
}
