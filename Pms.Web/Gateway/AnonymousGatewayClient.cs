using System.Net.Http.Headers;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Gateway;

/// <summary>The gateway calls made before there is a session, or to renew or end one.</summary>
public sealed class AnonymousGatewayClient(HttpClient http, ClientAddress client)
{
    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public Task<LoginStep> LoginAsync(string email, string password, CancellationToken cancellationToken) =>
        PostAsync<LoginStep>("/api/auth/login", new { email, password }, cancellationToken);

    public Task<TokenPair> CompleteMfaAsync(string mfaToken, string code, CancellationToken cancellationToken) =>
        PostAsync<TokenPair>("/api/auth/login/mfa", new { mfaToken, code }, cancellationToken);

    /// <summary>Enrolment during sign-in: the enrolment token is the bearer token of setup and confirm.</summary>
    public async Task<TotpSetup> SetUpTotpAsync(string enrollmentToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/mfa/totp/setup");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", enrollmentToken);
        return await GatewayResponses.ReadAsync<TotpSetup>(await SendAsync(request, cancellationToken), cancellationToken);
    }

    public async Task<TotpConfirmation> ConfirmTotpAsync(string enrollmentToken, string code, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/mfa/totp/confirm") { Content = JsonContent.Create(new { code }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", enrollmentToken);
        return await GatewayResponses.ReadAsync<TotpConfirmation>(await SendAsync(request, cancellationToken), cancellationToken);
    }

    public Task<TokenPair> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        PostAsync<TokenPair>("/api/auth/refresh", new { refreshToken }, cancellationToken);

    /// <summary>Asks for the reset email; the answer is the same whether the account exists or not.</summary>
    public async Task ForgotPasswordAsync(string email, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/password/forgot") { Content = JsonContent.Create(new { email }) };
        (await SendAsync(request, cancellationToken)).Dispose();
    }

    public async Task ResetPasswordAsync(string token, string newPassword, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/password/reset") { Content = JsonContent.Create(new { token, newPassword }) };
        (await SendAsync(request, cancellationToken)).Dispose();
    }

    public async Task RegisterAsync(PatientRegistration registration, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/register") { Content = JsonContent.Create(registration) };
        (await SendAsync(request, cancellationToken)).Dispose();
    }

    public async Task<Account> GetAccountAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await GatewayResponses.ReadAsync<Account>(await SendAsync(request, cancellationToken), cancellationToken);
    }

    public async Task LogoutAsync(string accessToken, string refreshToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout") { Content = JsonContent.Create(new { refreshToken }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        (await SendAsync(request, cancellationToken)).Dispose();
    }

    private async Task<T> PostAsync<T>(string path, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        return await GatewayResponses.ReadAsync<T>(await SendAsync(request, cancellationToken), cancellationToken);
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        client.AddTo(request);
        return GatewayResponses.SendAsync(http, request, cancellationToken);
    }
}
