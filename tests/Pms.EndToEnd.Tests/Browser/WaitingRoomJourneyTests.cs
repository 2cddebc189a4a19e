using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class WaitingRoomJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>How soon every other open screen must show a change made on one.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions WithinASecond = new() { Timeout = 1_000 };

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task TheDeskChecksInTodaysAppointmentTheDoctorCallsAndCompletesItAndThePatientGoesToTheCashierWithBothScreensLive()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var client = new PmsClient(app);
        var doctorName = $"Snow{Random.Shared.Next(100_000, 999_999)}";
        var zone = ZoneWhereItIsNineNow();
        var (doctorId, doctorEmail) = await client.CreateDoctorAsync("John", doctorName, zone, cancellationToken);
        var (_, staffEmail) = await client.CreateStaffAsync(PmsRoles.Staff, cancellationToken);
        var lastName = $"Seacole{Random.Shared.Next(100_000, 999_999)}";
        var patientId = await BookTodayAsync(client, doctorId, lastName, cancellationToken);

        await using var desk = await WebPage.OpenAsync(browser, app);
        await desk.SignInAsync(staffEmail, PmsClient.Password);
        await desk.WaitForPathAsync("/staff/patients$");
        await using var doctor = await WebPage.OpenAsync(browser, app);
        await doctor.SignInAsync(doctorEmail, PmsClient.Password);
        await doctor.WaitForPathAsync("/staff/schedule$");
        await doctor.GoToAsync("/staff/waiting-room");
        await Assertions.Expect(doctor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Waiting room");
        var doctorsQueue = doctor.Page.Locator($"[data-testid=doctor-queue][data-doctor='John {doctorName}']");

        await desk.GoToAsync("/staff/schedule");
        await desk.ChooseAsync("Doctor", $"Dr John {doctorName} — General practice");
        await desk.Page.GetByTestId("today").ClickAsync();
        await desk.Page.GetByTestId("check-in").ClickAsync();
        await Assertions.Expect(desk.Page.GetByTestId("checked-in")).ToBeVisibleAsync();
        await Assertions.Expect(doctorsQueue.GetByTestId("waiting").Filter(new() { HasText = lastName })).ToBeVisibleAsync(WithinASecond);
        await doctor.CheckPageAsync("doctor-waiting-room");

        await desk.GoToAsync("/staff/waiting-room");
        var desksView = desk.Page.Locator($"[data-testid=doctor-queue][data-doctor='John {doctorName}']");
        await Assertions.Expect(desksView.GetByTestId("waiting")).ToContainTextAsync(lastName);
        await doctorsQueue.GetByTestId("call-next").ClickAsync();
        await Assertions.Expect(desksView.GetByTestId("in-consultation").Filter(new() { HasText = lastName })).ToBeVisibleAsync(WithinASecond);
        await doctorsQueue.GetByTestId("complete-visit").ClickAsync();
        await Assertions.Expect(desksView.GetByTestId("at-cashier").Filter(new() { HasText = lastName })).ToBeVisibleAsync(WithinASecond);
        await desk.CheckPageAsync("staff-waiting-room");
        await Assertions.Expect(doctorsQueue.GetByTestId("at-cashier")).ToContainTextAsync("consultation billed");

        await desksView.GetByTestId("cashier-done").ClickAsync();
        await Assertions.Expect(doctorsQueue).Not.ToBeVisibleAsync(new() { Timeout = 1_000 });
        await Assertions.Expect(desksView).Not.ToBeVisibleAsync();

        using var admin = PmsClient.Authorized(client.Gateway(), await client.AdminTokenAsync());
        var bills = await admin.GetFromJsonAsync<JsonElement>($"/api/billing/bills?patientId={patientId}", cancellationToken);
        Assert.Contains(bills.GetProperty("items").EnumerateArray(), bill => bill.GetProperty("billType").GetString() == "Consultation");
    }

    /// <summary>A fixed-offset zone where it is now nine o'clock: the doctor, who works 08:00 to 12:00, still has slots today.</summary>
    private static string ZoneWhereItIsNineNow()
    {
        var hours = 9 - DateTimeOffset.UtcNow.Hour;
        hours = hours < -12 ? hours + 24 : hours;
        // The Etc zones count the other way round: Etc/GMT-3 is three hours ahead of UTC.
        return hours == 0 ? "Etc/GMT" : hours > 0 ? $"Etc/GMT-{hours}" : $"Etc/GMT+{-hours}";
    }

    private static async Task<Guid> BookTodayAsync(PmsClient client, Guid doctorId, string lastName, CancellationToken cancellationToken)
    {
        using var admin = PmsClient.Authorized(client.Gateway(), await client.AdminTokenAsync());
        using var registered = await admin.PostAsJsonAsync("/api/patients?allowDuplicate=true",
            new { firstName = "Mary", lastName, dateOfBirth = "1955-11-23", sex = "Female" }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var patientId = (await registered.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneWhereItIsNineNow());
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var slots = await admin.GetFromJsonAsync<JsonElement>($"/api/doctors/{doctorId}/slots?date={today:yyyy-MM-dd}", cancellationToken);
        var startsAt = slots.GetProperty("slots")[0].GetProperty("startsAt").GetDateTimeOffset();
        using var booked = await admin.PostAsJsonAsync("/api/appointments", new { doctorId, startsAt, patientId, reason = "Fever" }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        return patientId;
    }
}
