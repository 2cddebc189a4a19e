using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

public sealed class MailOutageTests(PmsAppFixture fixture)
{
    private const int Refusals = 3;
    private readonly PmsClient _client = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnEmailTheMailServerRefusesIsRetriedUntilItIsAccepted()
    {
        var (_, staffEmail) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var staff = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation)).AccessToken);
        var email = PmsClient.NewEmail("mail-outage");
        using (var sink = fixture.App.CreateHttpClient(PmsAppFixture.MailSink))
        {
            using var refusing = await sink.PostAsJsonAsync("/api/faults/refusals", new { recipient = email, times = Refusals }, Cancellation);
            Assert.Equal(HttpStatusCode.NoContent, refusing.StatusCode);
        }

        using var registered = await staff.PostAsJsonAsync("/api/patients",
            new { firstName = "Outage", lastName = "Mail", dateOfBirth = "1991-01-01", sex = "Other", email }, Cancellation);
        var patientId = (await registered.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        var subject = await new MailSink(fixture).WaitForAsync(email, "Welcome to", Cancellation);

        // The sink has the mail a moment before notification-service records the delivery as sent.
        var welcome = await Eventually.GetAsync(() => SentWelcomeAsync(staff, patientId), TimeSpan.FromSeconds(15), Cancellation);

        Assert.StartsWith("Welcome to", subject, StringComparison.Ordinal);
        Assert.True(welcome.Attempts > 1, "The refused email was not retried.");
    }

    private static async Task<SentDelivery?> SentWelcomeAsync(HttpClient staff, Guid patientId)
    {
        var log = await staff.GetFromJsonAsync<JsonElement>($"/api/notifications?patientId={patientId}&channel=Email", Cancellation);
        var welcome = Assert.Single(log.GetProperty("items").EnumerateArray(), item => item.GetProperty("template").GetString() == "welcome");
        return welcome.GetProperty("status").GetString() == "Sent" ? new SentDelivery(welcome.GetProperty("attempts").GetInt32()) : null;
    }

    private sealed record SentDelivery(int Attempts);
}
