using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

public sealed class WaitingRoomTests(PmsAppFixture fixture)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly PmsClient _client = new(fixture);
    private readonly PatientDatabase _database = new(fixture);

    /// <summary>
    /// The consultation's end saves twice in one request (the appointment's completion, then the visit's close once billing
    /// answered that the insurer pays everything): both must reach the audit trail at once, not when a fallback releases them.
    /// </summary>
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientWhoseInsurerPaysTheConsultationGoesHomeAfterItAndBothSavesAreAudited()
    {
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var (zone, today) = ZoneWhereItIsNineInTheMorning();
        var (doctorId, doctorEmail) = await _client.CreateDoctorAsync("Elizabeth", "Garrett", zone, Cancellation);
        using var doctor = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(doctorEmail, PmsClient.Password, Cancellation)).AccessToken);
        var (_, staffEmail) = await _client.CreateStaffAsync(PmsRoles.Staff, Cancellation);
        using var staff = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation)).AccessToken);
        var patientId = await PmsClient.WalkInAsync(staff,
            new { firstName = "Rebecca", lastName = "Crumpler", dateOfBirth = "1958-02-08", sex = "Female", email = PmsClient.NewEmail("insured-visit") }, Cancellation);
        await _database.WaitUntilBillingKnowsAsync(patientId, Cancellation);
        await CoverConsultationsInFullAsync(admin, staff, patientId);

        var slots = await admin.GetFromJsonAsync<JsonElement>($"/api/doctors/{doctorId}/slots?date={today:yyyy-MM-dd}", Cancellation);
        var startsAt = slots.GetProperty("slots")[0].GetProperty("startsAt").GetDateTimeOffset();
        using var booked = await staff.PostAsJsonAsync("/api/appointments", new { doctorId, startsAt, patientId, reason = "Follow-up" }, Cancellation);
        var appointmentId = (await booked.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        using var checkedIn = await staff.PostAsJsonAsync("/api/visits", new { appointmentId }, Cancellation);
        var visitId = (await checkedIn.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        using var called = await doctor.PostAsync(new Uri($"/api/visits/doctors/{doctorId}/call-next", UriKind.Relative), null, Cancellation);
        var completedAfter = DateTimeOffset.UtcNow;
        using var completed = await doctor.PostAsync(new Uri($"/api/visits/{visitId}/complete", UriKind.Relative), null, Cancellation);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK),
            (booked.StatusCode, checkedIn.StatusCode, called.StatusCode, completed.StatusCode));
        Assert.Equal("Done", (await completed.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("stage").GetString());
        var bill = Assert.Single((await staff.GetFromJsonAsync<JsonElement>($"/api/billing/bills?patientId={patientId}&billType=Consultation", Cancellation))
            .GetProperty("items").EnumerateArray());
        Assert.Equal((0m, "Paid"), (bill.GetProperty("patientShare").GetDecimal(), bill.GetProperty("status").GetString()));
        Assert.True(bill.GetProperty("insurerShare").GetDecimal() > 0);

        // Well within the minute after which Wolverine would release a message its outbox kept back.
        var audited = await Eventually.GetAsync(async () =>
        {
            var found = (await admin.GetFromJsonAsync<JsonElement>($"/api/audit?patientId={patientId}&from={Uri.EscapeDataString(completedAfter.ToString("O"))}&pageSize=100", Cancellation))
                .GetProperty("items").EnumerateArray().Select(item => (item.GetProperty("resourceType").GetString(), item.GetProperty("resourceId").GetString())).ToHashSet();
            return found.Contains(("Appointment", appointmentId.ToString())) && found.Contains(("Visit", visitId.ToString())) ? found : null;
        }, TimeSpan.FromSeconds(10), Cancellation);
        Assert.NotEmpty(audited);
    }

    private static async Task CoverConsultationsInFullAsync(HttpClient admin, HttpClient staff, Guid patientId)
    {
        var payerCode = $"FULL-{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        using var payer = await admin.PostAsJsonAsync("/api/billing/payers", new { code = payerCode, name = "Full Cover Mutual" }, Cancellation);
        using var rule = await admin.PutAsJsonAsync($"/api/billing/payers/{payerCode}/rules/Consultation", new { coveredPercent = 100, coPay = 0 }, Cancellation);
        using var coverage = await staff.PostAsJsonAsync($"/api/billing/patients/{patientId}/coverages",
            new { payerCode, plan = "Platinum", memberId = "FC-0001", validFrom = "2026-01-01", priority = "Primary", relationship = "Self" }, Cancellation);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created), (payer.StatusCode, rule.StatusCode, coverage.StatusCode));
    }

    /// <summary>
    /// A fixed-offset zone whose clock reads 09:xx now, inside the 08:00–12:00 hours every test doctor keeps: the appointment
    /// is today on the doctor's clock (what check-in asks) with slots left after now, at whatever hour the suite runs.
    /// </summary>
    private static (string Zone, DateOnly Today) ZoneWhereItIsNineInTheMorning()
    {
        var now = DateTimeOffset.UtcNow;
        var offset = (9 - now.Hour + 24) % 24;
        offset = offset > 14 ? offset - 24 : offset;
        // The Etc area names offsets with the opposite sign: Etc/GMT-3 is three hours ahead of UTC.
        var zone = offset == 0 ? "Etc/UTC" : string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(offset > 0 ? "-" : "+")}{Math.Abs(offset)}");
        return (zone, DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(offset)).DateTime));
    }
}
