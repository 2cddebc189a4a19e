using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Pms.Auth.Infrastructure;
using Pms.Contracts;
using Pms.GatewaySignIn;
using Pms.Testing;

namespace Pms.Auth.Tests.Infrastructure;

/// <summary>
/// auth-service with its first administrator seeded from configuration, as the AppHost's <c>admin-email</c> and
/// <c>admin-password</c> parameters seed it, and a signing key of its own. Its tokens are its own: the tests sign in
/// as its clients do, and keep TOTP secrets in <see cref="Authenticator"/> as a phone would.
/// </summary>
public sealed class AuthApp() : ServiceApp<Program, AuthDbContext>(new PostgresServer(), ResourceNames.AuthDatabase)
{
    public const string AdminEmail = "first.admin@pms.test";
    public const string AdminPassword = "the first administrator's own long passphrase";

    private static readonly string SigningKey = CreateSigningKey();

    private readonly Lock _adminSignIn = new();
    private Task<SignInTokens>? _adminTokens;

    public Authenticator Authenticator { get; } = new(TimeProvider.System);

    /// <summary>Every step of a sign-in (password, then a TOTP code or enrolment), as a client does it.</summary>
    public async Task<SignInTokens> SignInAsync(string email, string password)
    {
        using var client = CreateClient();
        return await new GatewaySignInClient(client, Authenticator).SignInAsync(email, password, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// A client of the seeded administrator. The administrator signs in (and enrols a second factor) once for the whole
    /// run, as a person keeps one session: sign-ins of one account are rate limited and a TOTP code works only once.
    /// </summary>
    public async Task<HttpClient> AdminAsync()
    {
        lock (_adminSignIn)
        {
            _adminTokens ??= SignInAsync(AdminEmail, AdminPassword);
        }

        return ClientWith((await _adminTokens).AccessToken);
    }

    public HttpClient ClientWith(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    // The test server gives requests no client address, so every request of the run counts against one address's limit.
    protected override void Configure(IWebHostBuilder builder) => builder
        .UseSetting("Auth:AdminEmail", AdminEmail)
        .UseSetting("Auth:AdminPassword", AdminPassword)
        .UseSetting("Auth:SigningKey", SigningKey)
        .UseSetting("RateLimits:AuthPerIpPerMinute", "100000");

    private static string CreateSigningKey()
    {
        using var key = RSA.Create(2048);
        return key.ExportPkcs8PrivateKeyPem();
    }
}
