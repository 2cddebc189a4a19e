using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class DoctorAvailabilityJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Zone = "Europe/London";

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AMemberOfStaffGivesADoctorAProfileAndHoursThenBooksThatDoctorForAWalkInSeenOnTheDaySchedule()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var client = new PmsClient(app);
        var (_, doctorEmail) = await client.CreateStaffAsync(PmsRoles.Doctor, cancellationToken);
        var (_, staffEmail) = await client.CreateStaffAsync(PmsRoles.Staff, cancellationToken);
        var doctorName = $"Blackwell{Random.Shared.Next(100_000, 999_999)}";
        var walkInName = $"Nightingale{Random.Shared.Next(100_000, 999_999)}";
        var walkInId = await RegisterWalkInAsync(client, walkInName, cancellationToken);
        var tomorrow = DoctorClock.Tomorrow(Zone);
        await using var web = await WebPage.OpenAsync(browser, app);
        await web.SignInAsync(staffEmail, PmsClient.Password);
        await web.WaitForPathAsync("/staff/patients$");

        await web.GoToAsync("/staff/doctors");
        await web.Page.GetByTestId("new-doctor").ClickAsync();
        await web.ChooseAsync("Doctor's account", $"Florence Nightingale ({doctorEmail})");
        await Assertions.Expect(web.Field("First name")).ToHaveValueAsync("Florence");
        await web.Field("First name").FillAsync("Elizabeth");
        await web.Field("Last name").FillAsync(doctorName);
        await web.Field("Specialty").FillAsync("Cardiology");
        await web.ChooseAsync("Consultation fee", "CONS-SPEC — Specialist consultation (85.00 USD)");
        await web.PickAsync("Time zone (optional)", "Europe/Lon", Zone);
        await web.CheckPageAsync("staff-new-doctor");
        await web.Page.GetByTestId("create-doctor").ClickAsync();

        await web.WaitForPathAsync("/staff/doctors/[0-9a-f-]{36}$");
        await Assertions.Expect(web.Page.GetByTestId("no-weekly-hours")).ToBeVisibleAsync();
        for (var day = 0; day < 7; day++)
        {
            // One row at a time: a click landing while the last row renders could be lost, leaving a day out.
            await web.Page.GetByTestId("add-weekly-hours").ClickAsync();
            await Assertions.Expect(web.Page.GetByTestId("weekly-hours-row")).ToHaveCountAsync(day + 1);
        }

        await web.Page.GetByTestId("save-weekly-hours").ClickAsync();
        await Assertions.Expect(web.Page.GetByText("Weekly hours saved.")).ToBeVisibleAsync();
        await web.EnterAsync("First day", DoctorClock.Typed(tomorrow.AddDays(1)));
        await web.EnterAsync("Last day", DoctorClock.Typed(tomorrow.AddDays(2)));
        await web.Field("Reason").FillAsync("Cardiology congress");
        await web.Page.GetByTestId("add-absence").ClickAsync();
        await Assertions.Expect(web.Page.GetByTestId("absences")).ToContainTextAsync("Cardiology congress");
        await web.CheckPageAsync("staff-doctor-availability");
        await web.GoToAsync("/staff/doctors");
        await Assertions.Expect(web.Page.GetByTestId("doctors")).ToContainTextAsync("Sunday 09:00–17:00 (30 min)");
        await web.CheckPageAsync("staff-doctors");

        await web.GoToAsync($"/staff/patients/{walkInId}");
        await web.Page.GetByTestId("book-appointment").ClickAsync();
        await web.WaitForPathAsync("/appointments/new$");
        await web.ChooseAsync("Doctor", $"Dr Elizabeth {doctorName} — Cardiology");
        await web.EnterAsync("Day", DoctorClock.Typed(tomorrow));
        await web.ChooseFreeTimeAsync(tomorrow, "09:00");
        await web.CheckPageAsync("staff-book-appointment");
        await web.Page.GetByTestId("book").ClickAsync();
        await web.WaitForPathAsync($"/staff/patients/{walkInId}$");

        await web.GoToAsync("/staff/schedule");
        await web.ChooseAsync("Doctor", $"Dr Elizabeth {doctorName} — Cardiology");
        await web.EnterAsync("Day", DoctorClock.Typed(tomorrow));
        await Assertions.Expect(web.Page.GetByTestId("schedule")).ToContainTextAsync($"Grace {walkInName}");
        await Assertions.Expect(web.Page.GetByTestId("schedule")).ToContainTextAsync("09:00–09:30");
        await web.CheckPageAsync("staff-schedule");
    }

    private static async Task<Guid> RegisterWalkInAsync(PmsClient client, string lastName, CancellationToken cancellationToken)
    {
        using var admin = PmsClient.Authorized(client.Gateway(), await client.AdminTokenAsync());
        using var response = await admin.PostAsJsonAsync("/api/patients?allowDuplicate=true",
            new { firstName = "Grace", lastName, dateOfBirth = "1936-12-09", sex = "Female" }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
    }
}
