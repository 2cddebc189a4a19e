using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

/// <summary>Stops the SMTP sink, so it runs alone with the other outage tests.</summary>
[Collection(nameof(BillingOutage))]
public sealed class MailOutageTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnEmailThatCannotBeSentIsRetriedUntilTheMailServerReturns()
    {
        var (_, staffEmail) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var staff = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation)).AccessToken);
        var email = PmsClient.NewEmail("mail-outage");

        await fixture.App.ResourceCommands.ExecuteCommandAsync(PmsAppFixture.MailSink, "resource-stop", Cancellation);
        await fixture.App.ResourceNotifications.WaitForResourceAsync(PmsAppFixture.MailSink, KnownResourceStates.TerminalStates, Cancellation)
            .WaitAsync(TimeSpan.FromSeconds(150), Cancellation);
        Guid patientId;
        try
        {
            using var registered = await staff.PostAsJsonAsync("/api/patients",
                new { firstName = "Outage", lastName = "Mail", dateOfBirth = "1991-01-01", sex = "Other", email }, Cancellation);
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            patientId = (await registered.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();

            var failing = await Eventually.GetAsync(async () =>
            {
                var log = await staff.GetFromJsonAsync<JsonElement>($"/api/notifications?patientId={patientId}&channel=Email", Cancellation);
                return log.GetProperty("items").EnumerateArray().FirstOrDefault(item => item.GetProperty("attempts").GetInt32() >= 1).ValueKind == JsonValueKind.Object
                    ? "attempted" : null;
            }, TimeSpan.FromSeconds(30), Cancellation);
            Assert.Equal("attempted", failing);
        }
        finally
        {
            await fixture.App.ResourceCommands.ExecuteCommandAsync(PmsAppFixture.MailSink, "resource-start", Cancellation);
        }

        await fixture.App.ResourceNotifications.WaitForResourceHealthyAsync(PmsAppFixture.MailSink, Cancellation).WaitAsync(TimeSpan.FromSeconds(90), Cancellation);
        var subject = await new MailSink(fixture).WaitForAsync(email, "Welcome to", Cancellation);
        var sent = await staff.GetFromJsonAsync<JsonElement>($"/api/notifications?patientId={patientId}&channel=Email&status=Sent", Cancellation);

        Assert.StartsWith("Welcome to", subject, StringComparison.Ordinal);
        var delivery = Assert.Single(sent.GetProperty("items").EnumerateArray(), item => item.GetProperty("template").GetString() == "welcome");
        Assert.True(delivery.GetProperty("attempts").GetInt32() >= 2);
    }
}
