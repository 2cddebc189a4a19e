using System.Net.Http.Json;
using System.Text.Json;
using Pms.GatewaySignIn;

namespace Pms.Bench.System;

/// <summary>Signs in through the gateway and creates the staff accounts the scenarios act as.</summary>
public sealed class Accounts(HttpClient gateway)
{
    public const string Password = "a long benchmark passphrase";

    /// <summary>Every step of a sign-in, the TOTP enrolment or code included, as a real client does; returns the access token.</summary>
    public async Task<string> LoginAsync(string email, string password, CancellationToken cancellationToken) =>
        (await new GatewaySignInClient(gateway, Authenticator.Shared).SignInAsync(email, password, cancellationToken)).AccessToken;

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

    /// <summary>patient-service's Service token, asked of auth-service itself: the gateway does not route the client-credentials grant.</summary>
    public static async Task<string> ServiceTokenAsync(Uri auth, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = auth };
        using var response = await client.PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ResourceNames.Patients,
            ["client_secret"] = PmsSystem.PatientsClientSecret,
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString()!;
    }
}
