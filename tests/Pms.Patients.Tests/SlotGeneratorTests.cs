using Pms.Patients.Model;

namespace Pms.Patients.Tests;

public sealed class SlotGeneratorTests
{
    // 2026-03-29 and 2026-10-25 are Sundays: the United Kingdom's spring-forward and fall-back days.
    private static readonly DateOnly PlainMonday = new(2026, 6, 15);

    [Fact]
    public void APlainDayIsCutIntoSlotsOfTheRuleLength()
    {
        var doctor = Doctor("UTC", new WeeklyAvailability(DayOfWeek.Monday, new(9, 0), new(11, 0), 30));

        var slots = SlotGenerator.Generate(doctor, PlainMonday);

        Assert.Equal(["09:00", "09:30", "10:00", "10:30"], slots.Select(slot => slot.StartsAt.ToString("HH:mm")));
        Assert.All(slots, slot => Assert.Equal(TimeSpan.FromMinutes(30), slot.EndsAt - slot.StartsAt));
    }

    [Fact]
    public void ASlotThatDoesNotFitBeforeTheEndIsNotOffered()
    {
        var doctor = Doctor("UTC", new WeeklyAvailability(DayOfWeek.Monday, new(9, 0), new(10, 10), 20));

        var slots = SlotGenerator.Generate(doctor, PlainMonday);

        Assert.Equal(["09:00", "09:20", "09:40"], slots.Select(slot => slot.StartsAt.ToString("HH:mm")));
    }

    [Fact]
    public void ADayWithoutRulesHasNoSlots()
    {
        var doctor = Doctor("UTC", new WeeklyAvailability(DayOfWeek.Tuesday, new(9, 0), new(17, 0), 30));

        Assert.Empty(SlotGenerator.Generate(doctor, PlainMonday));
    }

    [Fact]
    public void SeveralRulesOnOneDayAreOfferedInOrder()
    {
        var doctor = Doctor("UTC",
            new WeeklyAvailability(DayOfWeek.Monday, new(14, 0), new(15, 0), 60),
            new WeeklyAvailability(DayOfWeek.Monday, new(9, 0), new(10, 0), 60));

        var slots = SlotGenerator.Generate(doctor, PlainMonday);

        Assert.Equal(["09:00", "14:00"], slots.Select(slot => slot.StartsAt.ToString("HH:mm")));
    }

    [Fact]
    public void AWholeDayExceptionRemovesEverySlotOfTheDay()
    {
        var doctor = Doctor("Europe/London", new WeeklyAvailability(DayOfWeek.Monday, new(9, 0), new(17, 0), 30));
        doctor.AddException(PlainMonday.AddDays(-2), PlainMonday, null, null, "Leave", DateTimeOffset.UtcNow);

        Assert.Empty(SlotGenerator.Generate(doctor, PlainMonday));
        Assert.Equal(16, SlotGenerator.Generate(doctor, PlainMonday.AddDays(7)).Count);
    }

    [Fact]
    public void APartialExceptionRemovesOnlyTheSlotsItOverlaps()
    {
        var doctor = Doctor("UTC", new WeeklyAvailability(DayOfWeek.Monday, new(9, 0), new(12, 0), 30));
        doctor.AddException(PlainMonday, PlainMonday, new(10, 15), new(11, 0), "Training", DateTimeOffset.UtcNow);

        var slots = SlotGenerator.Generate(doctor, PlainMonday);

        Assert.Equal(["09:00", "09:30", "11:00", "11:30"], slots.Select(slot => slot.StartsAt.ToString("HH:mm")));
    }

    [Fact]
    public void AnExceptionSpanningDaysBlocksFromItsStartTimeToItsEndTime()
    {
        var doctor = Doctor("UTC",
            new WeeklyAvailability(DayOfWeek.Monday, new(9, 0), new(12, 0), 60),
            new WeeklyAvailability(DayOfWeek.Tuesday, new(9, 0), new(12, 0), 60));
        doctor.AddException(PlainMonday, PlainMonday.AddDays(1), new(10, 0), new(10, 0), "Conference", DateTimeOffset.UtcNow);

        Assert.Equal(["09:00"], SlotGenerator.Generate(doctor, PlainMonday).Select(slot => slot.StartsAt.ToString("HH:mm")));
        Assert.Equal(["10:00", "11:00"], SlotGenerator.Generate(doctor, PlainMonday.AddDays(1)).Select(slot => slot.StartsAt.ToString("HH:mm")));
    }

    [Theory]
    [InlineData("Europe/London", "2026-06-15T08:00:00Z")]
    [InlineData("America/New_York", "2026-06-15T13:00:00Z")]
    [InlineData("Asia/Kolkata", "2026-06-15T03:30:00Z")]
    [InlineData("Australia/Sydney", "2026-06-14T23:00:00Z")]
    public void SlotsAreTheDoctorsLocalHoursAsUtcInstants(string timeZone, string firstSlotUtc)
    {
        var doctor = Doctor(timeZone, new WeeklyAvailability(DayOfWeek.Monday, new(9, 0), new(10, 0), 60));

        var slot = Assert.Single(SlotGenerator.Generate(doctor, PlainMonday));

        Assert.Equal(DateTimeOffset.Parse(firstSlotUtc, System.Globalization.CultureInfo.InvariantCulture), slot.StartsAt);
        Assert.Equal(TimeSpan.Zero, slot.StartsAt.Offset);
    }

    [Fact]
    public void OnASpringForwardDayTheSkippedLocalTimesAreNotOffered()
    {
        var doctor = Doctor("Europe/London", new WeeklyAvailability(DayOfWeek.Sunday, new(0, 0), new(4, 0), 30));

        var slots = SlotGenerator.Generate(doctor, new DateOnly(2026, 3, 29));

        // 01:00 GMT jumps to 02:00 BST: local 01:00 and 01:30 do not exist; 02:00 BST is 01:00 UTC.
        Assert.Equal(
            ["00:00", "00:30", "01:00", "01:30", "02:00", "02:30"],
            slots.Select(slot => slot.StartsAt.UtcDateTime.ToString("HH:mm")));
        Assert.Equal(6, slots.Count);
    }

    [Fact]
    public void OnASpringForwardDayASlotStraddlingTheGapKeepsItsLengthAndIsNotOverlapped()
    {
        var doctor = Doctor("Europe/London", new WeeklyAvailability(DayOfWeek.Sunday, new(0, 30), new(4, 0), 90));

        var slots = SlotGenerator.Generate(doctor, new DateOnly(2026, 3, 29));

        // 00:30 GMT lasts until 03:00 BST; the grid's next start, 02:00 BST (01:00 UTC), would overlap it.
        Assert.Equal(
            [("00:30", "02:00")],
            slots.Select(slot => (slot.StartsAt.UtcDateTime.ToString("HH:mm"), slot.EndsAt.UtcDateTime.ToString("HH:mm"))));
    }

    [Fact]
    public void OnAFallBackDayTheRepeatedLocalTimesAreOfferedOnce()
    {
        var doctor = Doctor("Europe/London", new WeeklyAvailability(DayOfWeek.Sunday, new(0, 0), new(3, 0), 30));

        var slots = SlotGenerator.Generate(doctor, new DateOnly(2026, 10, 25));

        // 02:00 BST falls back to 01:00 GMT: local 01:00 and 01:30 happen twice and are taken at their first occurrence.
        Assert.Equal(
            ["23:00", "23:30", "00:00", "00:30", "02:00", "02:30"],
            slots.Select(slot => slot.StartsAt.UtcDateTime.ToString("HH:mm")));
        Assert.Equal(slots.Count, slots.Select(slot => slot.StartsAt).Distinct().Count());
    }

    [Fact]
    public void AnExceptionFromASkippedLocalTimeStartsWhenTheClockJumpsPastIt()
    {
        var day = new DateOnly(2026, 3, 29);
        var doctor = Doctor("Europe/London", new WeeklyAvailability(DayOfWeek.Sunday, new(0, 0), new(4, 0), 30));
        doctor.AddException(day, day, new(1, 30), new(3, 0), "Meeting", DateTimeOffset.UtcNow);

        var slots = SlotGenerator.Generate(doctor, day);

        // From 01:30 (which does not exist) means from 02:00 BST, 01:00 UTC, until 03:00 BST, 02:00 UTC.
        Assert.Equal(["00:00", "00:30", "02:00", "02:30"], slots.Select(slot => slot.StartsAt.UtcDateTime.ToString("HH:mm")));
    }

    [Fact]
    public void AnExceptionOnAFallBackDayCoversTheWholeLocalDay()
    {
        var day = new DateOnly(2026, 10, 25);
        var doctor = Doctor("Europe/London", new WeeklyAvailability(DayOfWeek.Sunday, new(0, 0), new(23, 30), 30));
        doctor.AddException(day, day, null, null, "Holiday", DateTimeOffset.UtcNow);

        Assert.Empty(SlotGenerator.Generate(doctor, day));
    }

    private static Doctor Doctor(string timeZone, params WeeklyAvailability[] rules)
    {
        var doctor = Model.Doctor.Create(Guid.NewGuid(), "Ada", "Lovelace", "General practice", "CONS-GP", timeZone, DateTimeOffset.UtcNow);
        doctor.ReplaceWeeklyAvailability(rules, DateTimeOffset.UtcNow);
        return doctor;
    }
}
