using System.Globalization;

namespace Pms.EndToEnd.Tests.Browser;

/// <summary>Days and times on a doctor's clock, written as the pages and the messages write them.</summary>
public static class DoctorClock
{
    public static DateOnly Tomorrow(string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime).AddDays(1);

    /// <summary>"2026-12-04", as a date is typed.</summary>
    public static string Typed(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Friday 4 December 2026, 08:00 (Europe/London)".</summary>
    public static string DayAndTime(DateOnly date, string time, string timeZone) =>
        $"{date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}, {time} ({timeZone})";
}
