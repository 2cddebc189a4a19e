using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

[CollectionDefinition(nameof(BillingOutage), DisableParallelization = true)]
public sealed class BillingOutage;

/// <summary>
/// Makes billing refuse registration fees (its fee item switched off answers 503), so it runs
/// alone after the tests that expect fees to be charged at once.
/// </summary>
[Collection(nameof(BillingOutage))]
public sealed class BillingOutageTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AWalkInRegisteredWhileBillingFailsIsChargedExactlyOnceWhenItRecovers()
    {
        var (_, staffEmail) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var staff = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation)).AccessToken);
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        fixture.ExpectedFailures.ErrorLog(ResourceNames.Patients, "Standard-Retry', Operation Key: '', Result: '503'");

        await SetRegistrationFeeActiveAsync(admin, active: false);
        Guid patientId;
        try
        {
            using var registered = await staff.PostAsJsonAsync("/api/patients", new
            {
                firstName = "Outage",
                lastName = $"Patient{Guid.NewGuid():N}"[..20],
                dateOfBirth = "1990-05-05",
                sex = "Male",
            }, Cancellation);

            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            var body = await registered.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
            Assert.Equal("Pending", body.GetProperty("registrationFee").GetProperty("status").GetString());
            patientId = body.GetProperty("id").GetGuid();
            Assert.Equal(0, await new PatientDatabase(fixture).CountRegistrationBillsAsync(patientId, Cancellation));
        }
        finally
        {
            await SetRegistrationFeeActiveAsync(admin, active: true);
        }

        var status = await Eventually.GetAsync(async () =>
        {
            var record = await staff.GetFromJsonAsync<JsonElement>($"/api/patients/{patientId}", Cancellation);
            var fee = record.GetProperty("registrationFee").GetProperty("status").GetString();
            return fee == "Charged" ? fee : null;
        }, TimeSpan.FromSeconds(60), Cancellation);

        Assert.Equal("Charged", status);
        Assert.Equal(1, await new PatientDatabase(fixture).CountRegistrationBillsAsync(patientId, Cancellation));
    }

    private static async Task SetRegistrationFeeActiveAsync(HttpClient admin, bool active)
    {
        using var response = await admin.PutAsJsonAsync("/api/billing/catalog/REG-FEE",
            new { name = "Patient registration fee", billType = "Registration", unitPrice = 25.00m, currency = "USD", isActive = active }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
