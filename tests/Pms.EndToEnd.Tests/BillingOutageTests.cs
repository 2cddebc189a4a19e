using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

[CollectionDefinition(nameof(BillingOutage), DisableParallelization = true)]
public sealed class BillingOutage;

/// <summary>Stops billing-service, so it runs alone after the tests that need billing.</summary>
[Collection(nameof(BillingOutage))]
public sealed class BillingOutageTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AWalkInRegisteredWhileBillingIsDownIsChargedExactlyOnceWhenItComesBack()
    {
        var (_, staffEmail) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var staff = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation)).AccessToken);

        await fixture.App.ResourceCommands.ExecuteCommandAsync(ResourceNames.Billing, "resource-stop", Cancellation);
        await fixture.App.ResourceNotifications.WaitForResourceAsync(ResourceNames.Billing, KnownResourceStates.TerminalStates, Cancellation)
            .WaitAsync(TimeSpan.FromSeconds(150), Cancellation);
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
        }
        finally
        {
            await fixture.App.ResourceCommands.ExecuteCommandAsync(ResourceNames.Billing, "resource-start", Cancellation);
        }

        await fixture.App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Billing, Cancellation)
            .WaitAsync(TimeSpan.FromSeconds(90), Cancellation);
        var status = await Eventually.GetAsync(async () =>
        {
            var record = await staff.GetFromJsonAsync<JsonElement>($"/api/patients/{patientId}", Cancellation);
            var fee = record.GetProperty("registrationFee").GetProperty("status").GetString();
            return fee == "Charged" ? fee : null;
        }, TimeSpan.FromSeconds(60), Cancellation);

        Assert.Equal("Charged", status);
        Assert.Equal(1, await new PatientDatabase(fixture).CountRegistrationBillsAsync(patientId, Cancellation));
    }
}
