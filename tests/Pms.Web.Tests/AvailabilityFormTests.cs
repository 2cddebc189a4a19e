using System.ComponentModel.DataAnnotations;
using System.Net;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Forms;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class AvailabilityFormTests : WebComponentTest
{
    private static readonly Doctor Doctor = new(Guid.NewGuid(), "James", "Barry", "General practice", "CONSULT-GP", "Europe/London",
        [new WeeklyHours(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(17, 0), 30)], 1);

    public AvailabilityFormTests() => SignIn(PmsRoles.Staff);

    [Fact]
    public void HoursWithNoRoomForOneSlotAreRefusedBeforeSending()
    {
        var form = Render<WeeklyHoursForm>(parameters => parameters.Add(form => form.Doctor, Doctor));

        Field(form, "To").Change("09:15");
        form.Find("form").Submit();

        Assert.Contains("Row 1 (Monday): the end must leave room for at least one 30-minute slot", form.Find(".validation-message").TextContent);
        Assert.Empty(Gateway.Requests);
    }

    [Fact]
    public void TheWholeWeekIsSentWithDaysByName()
    {
        Gateway.Answer(HttpStatusCode.OK, Doctor);
        var form = Render<WeeklyHoursForm>(parameters => parameters.Add(form => form.Doctor, Doctor));

        form.Find("[data-testid=add-weekly-hours]").Click();
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Single(Gateway.Requests));
        var request = Gateway.Requests[0];
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal($"/api/doctors/{Doctor.Id}/availability", request.PathAndQuery);
        Assert.Equal(
            """{"weeklyAvailability":[{"dayOfWeek":"Monday","startTime":"09:00:00","endTime":"17:00:00","slotMinutes":30},{"dayOfWeek":"Tuesday","startTime":"09:00:00","endTime":"17:00:00","slotMinutes":30}]}""",
            request.Body);
    }

    [Fact]
    public void HoursOfOneDayMustNotOverlap()
    {
        var model = new WeeklyHoursModel();
        model.WeeklyAvailability.Add(new WeeklyHoursRow { DayOfWeek = DayOfWeek.Friday, StartTime = "08:00", EndTime = "12:00" });
        model.WeeklyAvailability.Add(new WeeklyHoursRow { DayOfWeek = DayOfWeek.Friday, StartTime = "11:30", EndTime = "15:00" });

        var errors = model.Validate(new ValidationContext(model)).Select(error => error.ErrorMessage);

        Assert.Equal(["Row 2 (Friday): these hours overlap other hours of the same day."], errors);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(481)]
    public void ASlotLastsFiveToFourHundredAndEightyMinutes(int minutes)
    {
        var model = new WeeklyHoursModel();
        model.WeeklyAvailability.Add(new WeeklyHoursRow { SlotMinutes = minutes });

        var errors = model.Validate(new ValidationContext(model)).Select(error => error.ErrorMessage);

        Assert.Equal(["Row 1 (Monday): a slot lasts 5 to 480 minutes."], errors);
    }

    [Fact]
    public void AnAbsenceWithTimesNeedsBothOfThem()
    {
        var model = new AbsenceModel
        {
            StartsOn = new DateTime(2026, 8, 3),
            EndsOn = new DateTime(2026, 8, 3),
            WholeDays = false,
            StartTime = "13:00",
            Reason = "Training",
        };

        var errors = model.Validate(new ValidationContext(model)).Select(error => error.ErrorMessage);

        Assert.Equal(["Enter both times, or choose whole days."], errors);
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<WeeklyHoursForm> form, string label) =>
        form.FindAll(".mud-input-control").First(control => control.QuerySelector("label")?.TextContent == label).QuerySelector("input")!;
}
