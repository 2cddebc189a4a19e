using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pms.Contracts;
using Pms.Web.Components.Forms;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class SlotPickerTests : WebComponentTest
{
    private static readonly Doctor Doctor = FreeTimes.Doctor;
    private static readonly Slot Eight = FreeTimes.At(8, 0);
    private static readonly Slot HalfPastEight = FreeTimes.At(8, 30);
    private static readonly Slot Nine = FreeTimes.At(9, 0);
    private static readonly Appointment Appointment = new(Guid.NewGuid(), Doctor.Id, Guid.NewGuid(), FreeTimes.At(7, 0).StartsAt, FreeTimes.At(7, 0).EndsAt,
        AppointmentStatuses.Booked, null, null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 1);

    public SlotPickerTests()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(FreeTimes.DayBefore));
        SignIn(PmsRoles.Patient);
    }

    [Fact]
    public void AChosenTimeStaysChosenWhenTheFreeTimesReloadWithIt()
    {
        var form = RenderWithFreeTimes(Eight, HalfPastEight);
        Gateway.Answer(HttpStatusCode.OK, FreeTimes.Of(Eight, HalfPastEight, Nine))
            .Answer(HttpStatusCode.OK, Moved(HalfPastEight));

        form.FindAll("input[type=radio]")[1].Click();
        ReloadFreeTimes(form);

        Assert.Equal(["09:00", "09:30", "10:00"], form.FindAll("label.mud-radio").Select(label => label.TextContent.Trim()));
        Assert.Equal([false, true, false], form.FindAll("input[type=radio]").Select(radio => radio.HasAttribute("checked")));
        Assert.Empty(form.FindAll("[data-testid=chosen-time-gone]"));
        form.Find("textarea").Change("A clash at work");
        form.Find("form").Submit();
        form.WaitForAssertion(() => Assert.Equal(3, Gateway.Requests.Count));
        Assert.Equal($"/api/appointments/{Appointment.Id}/reschedule", Gateway.Requests[2].PathAndQuery);
        Assert.Equal("""{"startsAt":"2026-07-01T08:30:00+00:00","reason":"A clash at work"}""", Gateway.Requests[2].Body);
    }

    [Fact]
    public void AChosenTimeThatIsNoLongerFreeWhenTheFreeTimesReloadIsForgottenAndSaidPlainly()
    {
        var form = RenderWithFreeTimes(Eight, HalfPastEight);
        Gateway.Answer(HttpStatusCode.OK, FreeTimes.Of(Eight, Nine));

        form.FindAll("input[type=radio]")[1].Click();
        ReloadFreeTimes(form);

        Assert.Equal("Wednesday 1 July 2026, 09:30 (Europe/London) is no longer free. Choose another of the free times.",
            form.Find("[data-testid=chosen-time-gone]").TextContent.Trim());
        Assert.Equal([false, false], form.FindAll("input[type=radio]").Select(radio => radio.HasAttribute("checked")));
        form.Find("textarea").Change("A clash at work");
        form.Find("form").Submit();
        Assert.Equal("Choose one of the free times.", form.Find(".validation-message").TextContent);
        Assert.Equal(2, Gateway.Requests.Count);

        form.FindAll("input[type=radio]")[1].Click();
        Assert.Empty(form.FindAll("[data-testid=chosen-time-gone]"));
    }

    private IRenderedComponent<RescheduleForm> RenderWithFreeTimes(params Slot[] slots)
    {
        Gateway.Answer(HttpStatusCode.OK, FreeTimes.Of(slots));
        var form = Render<RescheduleForm>(parameters => parameters
            .Add(form => form.Doctor, Doctor)
            .Add(form => form.Appointment, Appointment));
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=slot-picker][data-loaded-day='2026-07-01']")));
        return form;
    }

    /// <summary>What a form does after a refusal, and what a late answer for the same day amounts to.</summary>
    private static void ReloadFreeTimes(IRenderedComponent<RescheduleForm> form)
    {
        var picker = form.FindComponent<SlotPicker>();
        form.InvokeAsync(picker.Instance.ReloadAsync).Wait();
        form.WaitForAssertion(() => Assert.NotNull(form.Find("[data-testid=slot-picker][data-loaded-day='2026-07-01']")));
    }

    private static Appointment Moved(Slot slot) => Appointment with { StartsAt = slot.StartsAt, EndsAt = slot.EndsAt };
}
