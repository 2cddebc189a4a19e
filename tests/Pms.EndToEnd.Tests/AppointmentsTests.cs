using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

public sealed class AppointmentsTests(PmsAppFixture fixture)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly PmsClient _client = new(fixture);

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ABookingThroughTheGatewayIsPublishedConfirmedByEmailAndDeadLettersNothing()
    {
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var (doctorId, _) = await _client.CreateDoctorAsync("James", "Barry", "UTC", Cancellation);
        var email = PmsClient.NewEmail("appointment");
        var patientId = await PmsClient.WalkInAsync(admin, new { firstName = "Elizabeth", lastName = "Blackwell", dateOfBirth = "1961-02-03", sex = "Female", email }, Cancellation);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var slots = await admin.GetFromJsonAsync<JsonElement>($"/api/doctors/{doctorId}/slots?date={tomorrow:yyyy-MM-dd}", Cancellation);
        var startsAt = slots.GetProperty("slots")[0].GetProperty("startsAt").GetDateTimeOffset();

        using var booked = await admin.PostAsJsonAsync("/api/appointments", new { doctorId, startsAt, patientId, reason = "Check-up" }, Cancellation);
        using var again = await admin.PostAsJsonAsync("/api/appointments", new { doctorId, startsAt, patientId, reason = "Check-up" }, Cancellation);

        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var published = await new KafkaProbe(fixture).ConsumeAsync(Topics.Patient, patientId.ToString(), 2, Cancellation);
        Assert.Equal(2, published.Count);
        Assert.Contains(published, message => Encoding.UTF8.GetString(message.Value).Contains(startsAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var confirmation = await new MailSink(fixture).WaitForAsync(email, "Your appointment on", Cancellation);
        Assert.EndsWith("is booked", confirmation, StringComparison.Ordinal);
    }
}
