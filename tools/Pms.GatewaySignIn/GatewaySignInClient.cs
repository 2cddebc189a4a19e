using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.GatewaySignIn;

/// <summary>
/// Signs in as a client of the gateway does: <c>POST /api/auth/login</c>, then the second step the answer asks
/// for (a TOTP code, or enrolment: setup, a first code, confirm), to a token pair.
/// </summary>
public sealed class GatewaySignInClient(HttpClient gateway, Authenticator authenticator)
{
    /// <summary>The recovery codes each account was given at enrolment, for tests of recovery.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RecoveryCodes => _recoveryCodes;

    private readonly Dictionary<string, IReadOnlyList<string>> _recoveryCodes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The answer of the password step, unread: for callers that look at refusals.</summary>
    public Task<HttpResponseMessage> PostPasswordAsync(string email, string password, CancellationToken cancellationToken) =>
        gateway.PostAsJsonAsync("/api/auth/login", new { email, password }, cancellationToken);

    /// <summary>Every step of a sign-in; throws <see cref="HttpRequestException"/> with the status of a refused step.</summary>
    public async Task<SignInTokens> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var response = await PostPasswordAsync(email, password, cancellationToken);
        var answer = await ReadAsync(response, cancellationToken);
        if (answer.TryGetProperty("mfaToken", out var mfaToken))
        {
            using var second = await gateway.PostAsJsonAsync("/api/auth/login/mfa",
                new { mfaToken = mfaToken.GetString(), code = await authenticator.NextCodeAsync(email, cancellationToken) }, cancellationToken);
            return Tokens(await ReadAsync(second, cancellationToken));
        }

        if (answer.TryGetProperty("enrollmentToken", out var enrollmentToken))
        {
            return await EnrolAsync(email, enrollmentToken.GetString()!, cancellationToken);
        }

        return Tokens(answer);
    }

    private async Task<SignInTokens> EnrolAsync(string email, string enrollmentToken, CancellationToken cancellationToken)
    {
        using var setup = new HttpRequestMessage(HttpMethod.Post, "/api/auth/mfa/totp/setup");
        setup.Headers.Authorization = new AuthenticationHeaderValue("Bearer", enrollmentToken);
        using var setupResponse = await gateway.SendAsync(setup, cancellationToken);
        var secret = (await ReadAsync(setupResponse, cancellationToken)).GetProperty("secret").GetString()!;

        using var confirm = new HttpRequestMessage(HttpMethod.Post, "/api/auth/mfa/totp/confirm")
        {
            Content = JsonContent.Create(new { code = authenticator.FirstCode(email, secret) }),
        };
        confirm.Headers.Authorization = new AuthenticationHeaderValue("Bearer", enrollmentToken);
        using var confirmResponse = await gateway.SendAsync(confirm, cancellationToken);
        var confirmed = await ReadAsync(confirmResponse, cancellationToken);
        lock (_recoveryCodes)
        {
            _recoveryCodes[email] = [.. confirmed.GetProperty("recoveryCodes").EnumerateArray().Select(code => code.GetString()!)];
        }

        return Tokens(confirmed);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException(
                $"{response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}",
                null, response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private static SignInTokens Tokens(JsonElement answer) => new(
        answer.GetProperty("accessToken").GetString()!,
        answer.GetProperty("refreshToken").GetString()!,
        answer.GetProperty("expiresIn").GetInt32(),
        answer.GetProperty("tokenType").GetString()!);
}
