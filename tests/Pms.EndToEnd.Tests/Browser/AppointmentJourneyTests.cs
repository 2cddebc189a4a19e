using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

public sealed class AppointmentJourneyTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Zone = "Europe/London";

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientBooksMovesAndCancelsAnAppointmentIsToldByEmailAndTheDoctorSeesItInTheDiary()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var doctorName = $"Barry{Random.Shared.Next(100_000, 999_999)}";
        var (_, doctorEmail) = await new PmsClient(app).CreateDoctorAsync("James", doctorName, Zone, cancellationToken);
        var tomorrow = DoctorClock.Tomorrow(Zone);
        var patientName = $"Seacole{Random.Shared.Next(100_000, 999_999)}";
        var email = PmsClient.NewEmail("web-booking");
        await using var patient = await WebPage.OpenAsync(browser, app);
        await RegisterAsync(patient, patientName, email);

        await patient.GoToAsync("/patient/appointments/new");
        await patient.ChooseAsync("Doctor", $"Dr James {doctorName} — General practice");
        // The doctor works 08:00 to 12:00 every day: the form opens on today while a slot is left, else on tomorrow.
        var today = tomorrow.AddDays(-1);
        await Assertions.Expect(patient.Page.Locator(
            $"[data-testid=slot-picker][data-loaded-day='{DoctorClock.Typed(today)}'], [data-testid=slot-picker][data-loaded-day='{DoctorClock.Typed(tomorrow)}']")
            .GetByTestId("free-times")).ToBeVisibleAsync();
        await patient.EnterAsync("Day", DoctorClock.Typed(tomorrow));
        await patient.ChooseFreeTimeAsync(tomorrow, "08:00");
        await patient.Field("Reason for the visit (optional)").FillAsync("A persistent cough");
        await patient.CheckPageAsync("patient-book-appointment");
        await patient.Page.GetByTestId("book").ClickAsync();
        await patient.WaitForPathAsync("/patient/appointments$");
        var appointments = patient.Page.GetByTestId("appointments");
        await Assertions.Expect(appointments).ToContainTextAsync(DoctorClock.DayAndTime(tomorrow, "08:00", Zone));
        await Assertions.Expect(appointments).ToContainTextAsync($"Dr James {doctorName}");
        await patient.CheckPageAsync("patient-appointments");

        await patient.Page.GetByTestId("move-appointment").ClickAsync();
        await patient.ChooseFreeTimeAsync(tomorrow, "10:00");
        await patient.Field("Why it moves").FillAsync("A clash at work");
        await patient.CheckPageAsync("patient-move-appointment");
        await patient.Page.GetByTestId("reschedule").ClickAsync();
        await Assertions.Expect(appointments).ToContainTextAsync(DoctorClock.DayAndTime(tomorrow, "10:00", Zone));

        await using (var doctor = await WebPage.OpenAsync(browser, app))
        {
            await doctor.SignInAsync(doctorEmail, PmsClient.Password);
            await doctor.WaitForPathAsync("/staff/schedule$");
            await doctor.EnterAsync("Day", DoctorClock.Typed(tomorrow));
            var diary = doctor.Page.GetByTestId("schedule");
            await Assertions.Expect(diary).ToContainTextAsync($"Mary {patientName}");
            await Assertions.Expect(diary).ToContainTextAsync("10:00–10:30");
            await Assertions.Expect(diary).ToContainTextAsync("A persistent cough");
            await doctor.CheckPageAsync("doctor-schedule");
        }

        await patient.Page.GetByTestId("cancel-appointment").ClickAsync();
        await patient.Field("Why it is cancelled").FillAsync("Feeling better");
        await patient.CheckPageAsync("patient-cancel-appointment");
        await patient.Page.GetByTestId("confirm-cancel").ClickAsync();
        await Assertions.Expect(patient.Page.GetByTestId("appointment-status")).ToHaveTextAsync("Cancelled");

        var mail = new MailSink(app);
        await mail.WaitForAsync(email, $"Your appointment on {DoctorClock.DayAndTime(tomorrow, "08:00", Zone)} is booked".Equals, cancellationToken);
        await mail.WaitForAsync(email, $"Your appointment has moved to {DoctorClock.DayAndTime(tomorrow, "10:00", Zone)}".Equals, cancellationToken);
        await mail.WaitForAsync(email, $"Your appointment on {DoctorClock.DayAndTime(tomorrow, "10:00", Zone)} is cancelled".Equals, cancellationToken);
    }

    private static async Task RegisterAsync(WebPage web, string lastName, string email)
    {
        await web.GoToAsync("/register");
        await web.RegisterAsync(lastName, email);
        await web.WaitForPathAsync("/patient$");

        // Booking needs the patient record, which follows the account by event.
        await web.Page.GetByTestId("patient-summary").WaitForAsync(new() { Timeout = 60_000 });
    }
}
