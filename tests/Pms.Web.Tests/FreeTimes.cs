using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

/// <summary>A doctor on London's clock and free times of Wednesday 1 July 2026, when 08:00 UTC is 09:00 in London.</summary>
public static class FreeTimes
{
    public static Doctor Doctor { get; } = new(Guid.NewGuid(), "James", "Barry", "General practice", "CONSULT-GP", "Europe/London", [], 1);

    /// <summary>The morning before: the free times are still to come.</summary>
    public static DateTimeOffset DayBefore { get; } = new(2026, 6, 30, 9, 0, 0, TimeSpan.Zero);

    public static DaySlots Of(params Slot[] slots) => new(Doctor.Id, new DateOnly(2026, 7, 1), "Europe/London", slots);

    /// <summary>The 30-minute slot that starts at this time of the day, in UTC.</summary>
    public static Slot At(int hour, int minute)
    {
        var start = new DateTimeOffset(2026, 7, 1, hour, minute, 0, TimeSpan.Zero);
        return new Slot(start, start.AddMinutes(30));
    }
}
