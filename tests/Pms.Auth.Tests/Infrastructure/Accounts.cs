using System.Net;
using System.Net.Http.Json;
using Pms.Auth.Dtos;
using Pms.GatewaySignIn;

namespace Pms.Auth.Tests.Infrastructure;

/// <summary>Accounts new for each test, made as people make them: patients register themselves, the administrator creates the workforce.</summary>
public sealed class Accounts(AuthApp app)
{
    public const string Password = "a long and memorable passphrase";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static string NewEmail(string name) => $"{name}.{Guid.NewGuid():N}@example.org";

    public static RegisterRequest Registration(string email, string password = Password) =>
        new(email, password, "Mary", "Seacole", "+44 20 7946 0018", new DateOnly(1985, 11, 23));

    public async Task<HttpResponseMessage> RegisterAsync(RegisterRequest request)
    {
        using var client = app.CreateClient();
        return await client.PostAsJsonAsync("/api/auth/register", request, Cancellation);
    }

    public async Task<(Guid UserId, string Email)> PatientAsync()
    {
        var email = NewEmail("patient");
        using var response = await RegisterAsync(Registration(email));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<RegisterResponse>(Cancellation))!.UserId, email);
    }

    /// <summary>A Staff, Doctor or Admin account, created by the administrator.</summary>
    public async Task<(Guid UserId, string Email)> WorkforceAsync(string role)
    {
        var email = NewEmail(role.ToLowerInvariant());
        using var admin = await app.AdminAsync();
        using var response = await PostUserAsync(admin, email, role);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<UserDto>(Cancellation))!.Id, email);
    }

    /// <summary>Asks, as <paramref name="caller"/>, for a new account in <paramref name="role"/>.</summary>
    public static Task<HttpResponseMessage> PostUserAsync(HttpClient caller, string email, string role, string firstName = "Florence", string lastName = "Nightingale") =>
        caller.PostAsJsonAsync("/api/auth/users", new CreateUserRequest(email, Password, firstName, lastName, [role]), Cancellation);

    public async Task<HttpResponseMessage> PostLoginAsync(string email, string password)
    {
        using var client = app.CreateClient();
        return await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, password), Cancellation);
    }

    public async Task<HttpResponseMessage> PostRefreshAsync(string refreshToken)
    {
        using var client = app.CreateClient();
        return await client.PostAsJsonAsync("/api/auth/refresh", new RefreshRequest(refreshToken), Cancellation);
    }

    public Task<SignInTokens> SignInAsync(string email, string password = Password) => app.SignInAsync(email, password);

    /// <summary>A client of a new patient's account, signed in.</summary>
    public async Task<HttpClient> SignedInPatientAsync()
    {
        var (_, email) = await PatientAsync();
        return app.ClientWith((await SignInAsync(email)).AccessToken);
    }
}
