using System.Globalization;

namespace Pms.Web.Components.Shared;

/// <summary>
/// Instants shown on a doctor's clock with the zone named, the way the appointment messages show them: a patient in
/// another zone still reads the time the clinic expects them.
/// </summary>
public static class DoctorClock
{
    public static TimeZoneInfo Zone(string timeZoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (Exception problem) when (problem is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    public static DateTime ToLocal(DateTimeOffset instant, string timeZoneId) => TimeZoneInfo.ConvertTime(instant, Zone(timeZoneId)).DateTime;

    /// <summary>Today's date on the doctor's clock.</summary>
    public static DateOnly Today(DateTimeOffset now, string timeZoneId) => DateOnly.FromDateTime(ToLocal(now, timeZoneId));

    /// <summary>"08:00".</summary>
    public static string Time(DateTimeOffset instant, string timeZoneId) =>
        ToLocal(instant, timeZoneId).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Friday 4 December 2026, 08:00 (Europe/London)".</summary>
    public static string DayAndTime(DateTimeOffset instant, string timeZoneId) => $"{DayAndTimeOnly(instant, timeZoneId)} ({ZoneName(timeZoneId)})";

    /// <summary>"Friday 4 December 2026, 08:00", for a viewer on the same clock.</summary>
    public static string DayAndTimeOnly(DateTimeOffset instant, string timeZoneId) =>
        ToLocal(instant, timeZoneId).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Friday 4 December 2026".</summary>
    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string ZoneName(string timeZoneId) => Zone(timeZoneId).Id;
}
