using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

/// <summary>
/// Every endpoint against every kind of caller, through the gateway, with the exact answer each one gets.
/// The ids are real: the patient caller's own record and bills, an account kept for role and lock changes.
/// Changes are sent with an empty body, so a caller who passes authorization gets the validation answer
/// and nothing is stored; the few endpoints without a body act on resources made for this test alone. Opening a
/// checkout stores one, at the provider too, and takes no money; the provider's webhook is refused for its missing signature.
/// </summary>
public sealed class AuthorizationMatrixTests(PmsAppFixture fixture) : IAsyncLifetime
{
    private static readonly string[] Callers = ["Anonymous", PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin, PmsRoles.Service];
    private static readonly string[] People = [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin];
    private static readonly string[] Desk = [PmsRoles.Staff, PmsRoles.Admin];
    private static readonly string[] Everyone = ["Anonymous", .. People, PmsRoles.Service];
    private static readonly SemaphoreSlim ResourcesLock = new(1, 1);
    private static MatrixResources? _resources;
    private readonly PmsClient _client = new(fixture);

    private sealed record Row(string Method, string Path, string[] AllowedCallers, HttpStatusCode Answer);

    private sealed record MatrixResources(Dictionary<string, string?> Tokens, Guid PatientId, Guid BillId, Guid VoidableBillId, Guid SpareUserId);

    private static readonly Row[] Rows =
    [
        new("GET", "/api/auth/me", People, HttpStatusCode.OK),
        new("POST", "/api/auth/logout", People, HttpStatusCode.BadRequest),
        new("GET", "/api/auth/users", [PmsRoles.Admin], HttpStatusCode.OK),
        new("GET", "/api/auth/doctors", Desk, HttpStatusCode.OK),
        new("POST", "/api/auth/users", [PmsRoles.Admin], HttpStatusCode.BadRequest),
        new("PUT", "/api/auth/users/{user}/roles", [PmsRoles.Admin], HttpStatusCode.BadRequest),
        new("POST", "/api/auth/users/{user}/lock", [PmsRoles.Admin], HttpStatusCode.NoContent),
        new("POST", "/api/auth/users/{user}/unlock", [PmsRoles.Admin], HttpStatusCode.NoContent),
        new("GET", "/api/patients/me", [PmsRoles.Patient], HttpStatusCode.OK),
        new("POST", "/api/patients", Desk, HttpStatusCode.BadRequest),
        new("GET", "/api/patients?lastName=Seacole", [PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin], HttpStatusCode.OK),
        new("GET", "/api/visits", [PmsRoles.Staff, PmsRoles.Doctor, PmsRoles.Admin], HttpStatusCode.OK),
        new("GET", "/api/patients/reports/registrations", Desk, HttpStatusCode.OK),
        new("GET", "/api/patients/reports/appointments?format=csv", Desk, HttpStatusCode.OK),
        new("POST", "/api/visits", Desk, HttpStatusCode.BadRequest),
        new("GET", "/api/patients/{patient}", People, HttpStatusCode.OK),
        new("PUT", "/api/patients/{patient}", [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin], HttpStatusCode.BadRequest),
        new("GET", "/api/billing/catalog", Desk, HttpStatusCode.OK),
        new("POST", "/api/billing/catalog", [PmsRoles.Admin], HttpStatusCode.BadRequest),
        new("PUT", "/api/billing/catalog/CONS-GP", [PmsRoles.Admin], HttpStatusCode.BadRequest),
        new("GET", "/api/billing/payers", Desk, HttpStatusCode.OK),
        new("POST", "/api/billing/payers", [PmsRoles.Admin], HttpStatusCode.BadRequest),
        new("PUT", "/api/billing/payers/ANY-PAYER", [PmsRoles.Admin], HttpStatusCode.BadRequest),
        new("GET", "/api/billing/payers/ANY-PAYER/rules", Desk, HttpStatusCode.NotFound),
        new("PUT", "/api/billing/payers/ANY-PAYER/rules/Laboratory", [PmsRoles.Admin], HttpStatusCode.BadRequest),
        new("DELETE", "/api/billing/payers/ANY-PAYER/rules/Laboratory", [PmsRoles.Admin], HttpStatusCode.NotFound),
        new("GET", "/api/billing/patients/{patient}/coverages", [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin], HttpStatusCode.OK),
        new("POST", "/api/billing/patients/{patient}/coverages", Desk, HttpStatusCode.BadRequest),
        new("PUT", "/api/billing/patients/{patient}/coverages/{bill}", Desk, HttpStatusCode.BadRequest),
        new("GET", "/api/billing/claims", Desk, HttpStatusCode.OK),
        new("GET", "/api/billing/claims/{bill}", Desk, HttpStatusCode.NotFound),
        new("POST", "/api/billing/claims/{bill}/submit", Desk, HttpStatusCode.NotFound),
        new("POST", "/api/billing/claims/{bill}/remittance", Desk, HttpStatusCode.BadRequest),
        new("POST", "/api/billing/claims/{bill}/denial", Desk, HttpStatusCode.BadRequest),
        new("POST", "/api/billing/bills", Desk, HttpStatusCode.BadRequest),
        new("GET", "/api/billing/bills", [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin], HttpStatusCode.OK),
        new("GET", "/api/billing/bills/{bill}", [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin], HttpStatusCode.OK),
        new("GET", "/api/billing/bills/{bill}/invoice", [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin], HttpStatusCode.OK),
        new("POST", "/api/billing/bills/{bill}/checkout", [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin], HttpStatusCode.Created),
        new("POST", "/api/billing/webhooks/payments", Everyone, HttpStatusCode.BadRequest),
        new("POST", "/api/billing/bills/{bill}/payments", [PmsRoles.Staff, PmsRoles.Admin], HttpStatusCode.BadRequest),
        new("POST", "/api/billing/bills/{voidable}/void", [PmsRoles.Admin], HttpStatusCode.OK),
        new("POST", "/api/billing/bills/{bill}/refunds", [PmsRoles.Admin], HttpStatusCode.BadRequest),
        new("GET", "/api/billing/reports/revenue", [PmsRoles.Admin], HttpStatusCode.OK),
        new("GET", "/api/notifications", [PmsRoles.Patient, PmsRoles.Staff, PmsRoles.Admin], HttpStatusCode.OK),
        new("GET", "/api/notifications/preferences", [PmsRoles.Patient], HttpStatusCode.OK),
        new("PUT", "/api/notifications/preferences", [PmsRoles.Patient], HttpStatusCode.BadRequest),
    ];

    public static TheoryData<string, string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var row in Rows)
        {
            foreach (var caller in Callers)
            {
                var expected = row.AllowedCallers.Contains(caller) ? row.Answer
                    : caller == "Anonymous" ? HttpStatusCode.Unauthorized
                    : HttpStatusCode.Forbidden;
                data.Add(row.Method, row.Path, caller, (int)expected);
            }
        }

        return data;
    }

    /// <summary>One caller of each kind and the resources they act on, made once for all rows.</summary>
    public async ValueTask InitializeAsync()
    {
        await ResourcesLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            _resources ??= await PrepareAsync(TestContext.Current.CancellationToken);
        }
        finally
        {
            ResourcesLock.Release();
        }
    }

    private async Task<MatrixResources> PrepareAsync(CancellationToken cancellationToken)
    {
        var database = new PatientDatabase(fixture);
        var (userId, patientEmail) = await _client.RegisterPatientAsync(cancellationToken);
        await _client.WaitForPatientRecordAsync(userId, cancellationToken);
        var patientId = await database.PatientIdOfAccountAsync(userId, cancellationToken);
        await database.WaitForRegistrationBillAsync(patientId, cancellationToken);
        await database.WaitUntilBillingKnowsAsync(patientId, cancellationToken);
        var tokens = new Dictionary<string, string?>
        {
            ["Anonymous"] = null,
            [PmsRoles.Patient] = (await _client.LoginAsync(patientEmail, PmsClient.Password, cancellationToken)).AccessToken,
            [PmsRoles.Admin] = await _client.AdminTokenAsync(),
            [PmsRoles.Service] = await _client.ServiceTokenAsync(cancellationToken),
        };
        foreach (var role in new[] { PmsRoles.Staff, PmsRoles.Doctor })
        {
            var (_, email) = await _client.CreateStaffAsync(role, cancellationToken);
            tokens[role] = (await _client.LoginAsync(email, PmsClient.Password, cancellationToken)).AccessToken;
        }

        using var admin = PmsClient.Authorized(_client.Gateway(), tokens[PmsRoles.Admin]);
        var bills = await admin.GetFromJsonAsync<JsonElement>($"/api/billing/bills?patientId={patientId}", cancellationToken);
        var billId = bills.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
        using var voidable = await admin.PostAsJsonAsync("/api/billing/bills",
            new { patientId, billType = "Other", items = new[] { new { code = "OTH-CERT", quantity = 1 } } }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, voidable.StatusCode);
        var voidableBillId = (await voidable.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
        var (spareUserId, _) = await _client.CreateStaffAsync(PmsRoles.Staff, cancellationToken);
        return new MatrixResources(tokens, patientId, billId, voidableBillId, spareUserId);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [TimedTheory(EndToEnd.TestTimeoutSeconds)]
    [MemberData(nameof(Matrix))]
    public async Task EachCallerGetsExactlyItsAnswer(string method, string path, string caller, int expected)
    {
        var resources = _resources!;
        var url = path
            .Replace("{patient}", resources.PatientId.ToString(), StringComparison.Ordinal)
            .Replace("{bill}", resources.BillId.ToString(), StringComparison.Ordinal)
            .Replace("{voidable}", resources.VoidableBillId.ToString(), StringComparison.Ordinal)
            .Replace("{user}", resources.SpareUserId.ToString(), StringComparison.Ordinal);
        using var gateway = PmsClient.Authorized(_client.Gateway(), resources.Tokens[caller]);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }

        using var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode == expected,
            $"{caller} got {(int)response.StatusCode} from {method} {path}, expected {expected}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }
}
