using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using Pms.Contracts;
using Pms.Web.Components.Forms;
using Pms.Web.Components.Shared;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class BookingFormTests : WebComponentTest
{
    private static readonly Doctor Doctor = FreeTimes.Doctor;
    private static readonly Slot Eight = FreeTimes.At(8, 0);
    private static readonly Slot HalfPastEight = FreeTimes.At(8, 30);

    public BookingFormTests()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(FreeTimes.DayBefore));
        SignIn(PmsRoles.Patient);
    }

    [Fact]
    public void TheFreeTimesAreShownOnTheDoctorsClockAndTheChosenOneIsBooked()
    {
        var form = RenderWithFreeTimes(Eight, HalfPastEight);
        Gateway.Answer(HttpStatusCode.Created, Booked(HalfPastEight));

        Assert.Contains("Free times on Wednesday 1 July 2026 (Europe/London)", form.Find("[data-testid=free-times] legend").TextContent);
        Assert.Equal(["09:00", "09:30"], form.FindAll("label.mud-radio").Select(label => label.TextContent.Trim()));
        form.FindAll("input[type=radio]")[1].Click();
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Equal(3, Gateway.Requests.Count));
        var booking = Gateway.Requests[2];
        Assert.Equal("/api/appointments", booking.PathAndQuery);
        Assert.Contains($"\"doctorId\":\"{Doctor.Id}\"", booking.Body, StringComparison.Ordinal);
        Assert.Contains("\"startsAt\":\"2026-07-01T08:30:00+00:00\"", booking.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ATimeTakenMeanwhileIsSaidPlainlyAndTheFreeTimesAreLoadedAgain()
    {
        var form = RenderWithFreeTimes(Eight, HalfPastEight);
        Gateway.AnswerProblem(HttpStatusCode.Conflict, "The slot is already booked.")
            .Answer(HttpStatusCode.OK, FreeTimes.Of(Eight));

        form.FindAll("input[type=radio]")[1].Click();
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("Someone has just taken this time.", form.Find("[data-testid=problem]").TextContent));
        Assert.Equal(["09:00"], form.FindAll("label.mud-radio").Select(label => label.TextContent.Trim()));
        Assert.StartsWith($"/api/doctors/{Doctor.Id}/slots?date=", Gateway.Requests[^1].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFormOpensOnTheDoctorsNextDayWithFreeTimeAndMovesOnToTheOneAfter()
    {
        var form = RenderWithFreeTimes(Eight);
        var friday = new DateTimeOffset(2026, 7, 3, 8, 0, 0, TimeSpan.Zero);
        Gateway.Answer(HttpStatusCode.OK, new DaySlots(Doctor.Id, new DateOnly(2026, 7, 3), "Europe/London", [new Slot(friday, friday.AddMinutes(30))]));

        form.Find("button[data-testid=next-free-day]").Click();

        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=slot-picker][data-loaded-day='2026-07-03']")));
        Assert.Equal($"/api/doctors/{Doctor.Id}/slots/next?from=2026-06-30", Gateway.Requests[1].PathAndQuery);
        Assert.Equal($"/api/doctors/{Doctor.Id}/slots/next?from=2026-07-02", Gateway.Requests[^1].PathAndQuery);
        Assert.Contains("Free times on Friday 3 July 2026", form.Find("[data-testid=free-times] legend").TextContent);
    }

    [Fact]
    public void TheDayCannotBeTypedUntilTheDoctorsFirstFreeDayHasArrived()
    {
        var firstDay = new TaskCompletionSource();
        Gateway.Answer(HttpStatusCode.OK, new PagedResult<Doctor>([Doctor], 1, 100, 1));
        Gateway.AnswerWhen(firstDay.Task, HttpStatusCode.OK, FreeTimes.Of(Eight));
        var form = Render<BookingForm>();
        form.WaitForAssertion(() => Assert.Single(form.FindComponents<MudSelect<Guid?>>()));
        form.InvokeAsync(() => form.FindComponent<MudSelect<Guid?>>().Instance.ValueChanged.InvokeAsync(Doctor.Id));

        form.WaitForAssertion(() => Assert.True(form.FindComponent<MudDatePicker>().Find("input").HasAttribute("disabled")));
        firstDay.SetResult();

        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=slot-picker][data-loaded-day='2026-07-01']")));
        Assert.False(form.FindComponent<MudDatePicker>().Find("input").HasAttribute("disabled"));
    }

    [Fact]
    public void AViewerOnTheDoctorsClockReadsTheTimesWithoutTheZone()
    {
        Services.GetRequiredService<ViewerClock>().TimeZoneId = "Europe/London";

        var form = RenderWithFreeTimes(Eight);

        Assert.Equal("Free times on Wednesday 1 July 2026", form.Find("[data-testid=free-times] legend").TextContent.Trim());
    }

    [Fact]
    public void ATimeMustBeChosenBeforeBooking()
    {
        var form = RenderWithFreeTimes(Eight);

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("Choose one of the free times.", form.Markup));
        Assert.DoesNotContain(Gateway.Requests, request => request.Method == HttpMethod.Post);
    }

    private IRenderedComponent<BookingForm> RenderWithFreeTimes(params Slot[] slots)
    {
        Gateway.Answer(HttpStatusCode.OK, new PagedResult<Doctor>([Doctor], 1, 100, 1));
        Gateway.Answer(HttpStatusCode.OK, FreeTimes.Of(slots));
        var form = Render<BookingForm>();
        form.WaitForAssertion(() => Assert.Single(form.FindComponents<MudSelect<Guid?>>()));
        var doctor = form.FindComponent<MudSelect<Guid?>>();

        // What choosing the doctor in the list does.
        form.InvokeAsync(() => doctor.Instance.ValueChanged.InvokeAsync(Doctor.Id));
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("input[type=radio]")));
        return form;
    }

    private static Appointment Booked(Slot slot) => new(Guid.NewGuid(), Doctor.Id, Guid.NewGuid(), slot.StartsAt, slot.EndsAt, AppointmentStatuses.Booked,
        null, null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 1);
}
