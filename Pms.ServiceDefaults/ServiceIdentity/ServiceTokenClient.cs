using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Pms.ServiceDefaults.ServiceIdentity;

/// <summary>Gets and caches this service's client-credentials token, renewing it a minute before it expires.</summary>
public sealed class ServiceTokenClient(IHttpClientFactory httpClients, IOptions<ServiceIdentityOptions> options, TimeProvider clock) : IDisposable
{
    public const string HttpClientName = "service-token";
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is not null && clock.GetUtcNow() < _renewAt)
        {
            return _token;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_token is null || clock.GetUtcNow() >= _renewAt)
            {
                using var http = httpClients.CreateClient(HttpClientName);
                using var response = await http.PostAsync(new Uri("/api/auth/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = options.Value.ClientId,
                    ["client_secret"] = options.Value.ClientSecret,
                }), cancellationToken);
                response.EnsureSuccessStatusCode();
                var issued = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                    ?? throw new InvalidOperationException("auth-service answered without a token.");
                _token = issued.AccessToken;
                _renewAt = clock.GetUtcNow().AddSeconds(issued.ExpiresIn) - RenewBefore;
            }

            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
