using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.Bench.System;

/// <summary>Signs in through the gateway and creates the staff accounts the scenarios act as.</summary>
public sealed class Accounts(HttpClient gateway)
{
    public const string Password = "a long benchmark passphrase";

    public async Task<string> LoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var response = await gateway.PostAsJsonAsync("/api/auth/login", new { email, password }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A new account with <paramref name="role"/>, created by the administrator; returns its email.</summary>
    public async Task<string> CreateAsync(string role, string adminToken, CancellationToken cancellationToken) =>
        (await CreateAccountAsync(role, adminToken, cancellationToken)).Email;

    /// <summary>A new account with <paramref name="role"/>, created by the administrator; returns its id and email.</summary>
    public async Task<CreatedAccount> CreateAccountAsync(string role, string adminToken, CancellationToken cancellationToken)
    {
        var email = $"bench.{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/users")
        {
            Content = JsonContent.Create(new { email, password = Password, firstName = "Bench", lastName = role, roles = new[] { role } }),
        };
        request.Headers.Authorization = new("Bearer", adminToken);
        using var response = await gateway.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var user = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return new CreatedAccount(user.GetProperty("id").GetGuid(), email);
    }

    public async Task<string> ServiceTokenAsync(CancellationToken cancellationToken)
    {
        using var response = await gateway.PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ResourceNames.Patients,
            ["client_secret"] = PmsSystem.PatientsClientSecret,
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString()!;
    }
}
