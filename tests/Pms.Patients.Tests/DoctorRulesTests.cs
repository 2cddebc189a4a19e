using Pms.Patients.Model;

namespace Pms.Patients.Tests;

/// <summary>A doctor's own rules for the weekly timetable and absences.</summary>
public sealed class DoctorRulesTests
{
    private static readonly DateTimeOffset Now = new(2030, 6, 17, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Monday = new(2030, 6, 17);

    [Fact]
    public void ANewDoctorHasTrimmedNamesAnIanaZoneAndNoHours()
    {
        var doctor = Doctor.Create(Guid.NewGuid(), " Ada ", "Lovelace ", "General practice", " CONS-GP", "Europe/London", Now);

        Assert.Equal(("Ada", "Lovelace", "CONS-GP", "Europe/London"), (doctor.FirstName, doctor.LastName, doctor.ConsultationFeeCode, doctor.TimeZoneId));
        Assert.Empty(doctor.WeeklyAvailability);
    }

    [Fact]
    public void ADoctorInANonIanaTimeZoneIsRefused() =>
        Assert.Throws<ArgumentException>(() => Doctor.Create(Guid.NewGuid(), "Ada", "Lovelace", "General practice", "CONS-GP", "GMT Standard Time", Now));

    [Fact]
    public void OverlappingRulesOfTheSameDayAreRefusedAndKeepTheTimetable()
    {
        var doctor = NewDoctor();
        doctor.ReplaceWeeklyAvailability([new WeeklyAvailability(DayOfWeek.Monday, new(9, 0), new(12, 0), 30)], Now);
        WeeklyAvailability[] overlapping =
        [
            new(DayOfWeek.Tuesday, new(9, 0), new(12, 0), 30),
            new(DayOfWeek.Tuesday, new(11, 0), new(13, 0), 30),
        ];

        Assert.Equal(["weeklyAvailability[1]"], Doctor.WeeklyAvailabilityErrors(overlapping).Keys);
        Assert.Throws<ArgumentException>(() => doctor.ReplaceWeeklyAvailability(overlapping, Now.AddHours(1)));
        Assert.Equal(DayOfWeek.Monday, Assert.Single(doctor.WeeklyAvailability).DayOfWeek);
        Assert.Equal(Now, doctor.UpdatedAt);
    }

    [Theory]
    [InlineData(9, 0, 9, 20, 30, "weeklyAvailability[0].endTime")]
    [InlineData(9, 0, 12, 0, 4, "weeklyAvailability[0].slotMinutes")]
    [InlineData(23, 0, 0, 0, 30, "weeklyAvailability[0].endTime")]
    public void ARuleWithoutRoomForASensibleSlotIsRefused(int startHour, int startMinute, int endHour, int endMinute, int slotMinutes, string field)
    {
        var rule = new WeeklyAvailability(DayOfWeek.Monday, new(startHour, startMinute), new(endHour, endMinute), slotMinutes);

        Assert.Equal([field], Doctor.WeeklyAvailabilityErrors([rule]).Keys);
    }

    [Fact]
    public void MoreRulesThanAWeekCanHoldAreRefused()
    {
        var rules = Enumerable.Range(0, Doctor.MostRules + 1).Select(index => new WeeklyAvailability(DayOfWeek.Monday, new(0, 0), new(0, 5), 5)).ToList();

        Assert.Equal(["weeklyAvailability"], Doctor.WeeklyAvailabilityErrors(rules).Keys);
    }

    [Fact]
    public void AnAbsenceThatEndsBeforeItStartsIsRefused()
    {
        var doctor = NewDoctor();

        Assert.Equal(["endTime"], Doctor.ExceptionErrors(Monday, Monday, new(11, 0), new(10, 0)).Keys);
        Assert.Throws<ArgumentException>(() => doctor.AddException(Monday, Monday, new(11, 0), new(10, 0), "Backwards", Now));
        Assert.Empty(doctor.Exceptions);
    }

    [Fact]
    public void AnAbsenceWithOnlyOneOfItsTimesIsRefused() =>
        Assert.Equal(["endTime"], Doctor.ExceptionErrors(Monday, Monday, new(10, 0), null).Keys);

    [Fact]
    public void AnAbsenceLongerThanAYearIsRefused() =>
        Assert.Equal(["endsOn"], Doctor.ExceptionErrors(Monday, Monday.AddDays(Doctor.LongestExceptionDays), null, null).Keys);

    [Fact]
    public void AnAbsenceIsAddedAndRemovedOnce()
    {
        var doctor = NewDoctor();
        var absence = doctor.AddException(Monday, Monday.AddDays(4), null, null, " Annual leave ", Now);

        var removed = doctor.RemoveException(absence.Id, Now.AddHours(1));
        var again = doctor.RemoveException(absence.Id, Now.AddHours(2));

        Assert.Equal(("Annual leave", absence), (absence.Reason, removed));
        Assert.Null(again);
        Assert.Empty(doctor.Exceptions);
        Assert.Equal(Now.AddHours(1), doctor.UpdatedAt);
    }

    private static Doctor NewDoctor() => Doctor.Create(Guid.NewGuid(), "Ada", "Lovelace", "General practice", "CONS-GP", "UTC", Now);
}
