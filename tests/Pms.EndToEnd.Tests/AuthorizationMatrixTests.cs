using System.Net;
using System.Net.Http.Json;

namespace Pms.EndToEnd.Tests;

/// <summary>Every endpoint against every kind of caller, through the gateway.</summary>
public sealed class AuthorizationMatrixTests(PmsAppFixture fixture) : IAsyncLifetime
{
    private const HttpStatusCode Allowed = HttpStatusCode.OK;
    private static readonly SemaphoreSlim TokensLock = new(1, 1);
    private static Dictionary<string, string?>? s_tokens;
    private readonly PmsClient _client = new(fixture);

    public static TheoryData<string, string, string, string> Matrix()
    {
        // method, path, caller, expected: "ok" means the caller passed authorization (any status but 401/403).
        var rows = new (string Method, string Path, string[] AllowedCallers)[]
        {
            ("GET", "/api/auth/me", ["Patient", "Staff", "Doctor", "Admin"]),
            ("POST", "/api/auth/logout", ["Patient", "Staff", "Doctor", "Admin"]),
            ("GET", "/api/auth/users", ["Admin"]),
            ("GET", "/api/auth/doctors", ["Staff", "Admin"]),
            ("POST", "/api/auth/users", ["Admin"]),
            ("PUT", "/api/auth/users/{id}/roles", ["Admin"]),
            ("POST", "/api/auth/users/{id}/lock", ["Admin"]),
            ("POST", "/api/auth/users/{id}/unlock", ["Admin"]),
            ("GET", "/api/patients/me", ["Patient"]),
            ("POST", "/api/patients", ["Staff", "Admin"]),
            ("GET", "/api/patients", ["Staff", "Doctor", "Admin"]),
            ("GET", "/api/patients/{id}", ["Patient", "Staff", "Doctor", "Admin"]),
            ("PUT", "/api/patients/{id}", ["Patient", "Staff", "Admin"]),
            ("GET", "/api/billing/catalog", ["Staff", "Admin"]),
            ("POST", "/api/billing/catalog", ["Admin"]),
            ("PUT", "/api/billing/catalog/CONS-GP", ["Admin"]),
            ("POST", "/api/billing/bills", ["Staff", "Admin"]),
            ("GET", "/api/billing/bills", ["Patient", "Staff", "Admin"]),
            ("GET", "/api/billing/bills/{id}", ["Patient", "Staff", "Admin"]),
            ("GET", "/api/billing/bills/{id}/invoice", ["Patient", "Staff", "Admin"]),
            ("POST", "/api/billing/bills/{id}/payments", ["Patient", "Staff", "Admin"]),
            ("POST", "/api/billing/bills/{id}/void", ["Admin"]),
            ("POST", "/api/billing/bills/{id}/refunds", ["Admin"]),
            ("GET", "/api/billing/reports/revenue", ["Admin"]),
            ("GET", "/api/notifications", ["Patient", "Staff", "Admin"]),
            ("GET", "/api/notifications/preferences", ["Patient"]),
            ("PUT", "/api/notifications/preferences", ["Patient"]),
        };
        var data = new TheoryData<string, string, string, string>();
        foreach (var (method, path, allowedCallers) in rows)
        {
            foreach (var caller in new[] { "Anonymous", "Patient", "Staff", "Doctor", "Admin", "Service" })
            {
                var expected = caller == "Anonymous" ? "401" : allowedCallers.Contains(caller) ? "ok" : "403";
                data.Add(method, path, caller, expected);
            }
        }

        return data;
    }

    /// <summary>One caller of each kind, signed in once for all rows.</summary>
    public async ValueTask InitializeAsync()
    {
        await TokensLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            s_tokens ??= await SignInCallersAsync(TestContext.Current.CancellationToken);
        }
        finally
        {
            TokensLock.Release();
        }
    }

    private async Task<Dictionary<string, string?>> SignInCallersAsync(CancellationToken cancellationToken)
    {
        var (userId, patientEmail) = await _client.RegisterPatientAsync(cancellationToken);
        await _client.WaitForPatientRecordAsync(userId, cancellationToken);
        var tokens = new Dictionary<string, string?>
        {
            ["Anonymous"] = null,
            ["Patient"] = (await _client.LoginAsync(patientEmail, PmsClient.Password, cancellationToken)).AccessToken,
            ["Admin"] = await _client.AdminTokenAsync(),
            ["Service"] = await _client.ServiceTokenAsync(cancellationToken),
        };
        foreach (var role in new[] { "Staff", "Doctor" })
        {
            var (_, email) = await _client.CreateStaffAsync(role, cancellationToken);
            tokens[role] = (await _client.LoginAsync(email, PmsClient.Password, cancellationToken)).AccessToken;
        }

        return tokens;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [TimedTheory(EndToEnd.TestTimeoutSeconds)]
    [MemberData(nameof(Matrix))]
    public async Task OnlyTheRightCallersPassAuthorization(string method, string path, string caller, string expected)
    {
        using var gateway = PmsClient.Authorized(_client.Gateway(), s_tokens![caller]);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal));
        if (method != "GET")
        {
            request.Content = JsonContent.Create(new { roles = Array.Empty<string>(), refreshToken = "not-a-token" });
        }

        using var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        switch (expected)
        {
            case "401":
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                break;
            case "403":
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                break;
            default:
                Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                    $"{caller} got {(int)response.StatusCode} from {method} {path}; {Allowed} or a non-authorization answer was expected.");
                break;
        }
    }
}
