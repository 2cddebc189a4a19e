using System.Globalization;

namespace Pms.Notifications.Services;

/// <summary>An appointment's time as the patient should read it: on the doctor's clock, with the zone named.</summary>
public static class AppointmentTimes
{
    public static string Describe(DateTimeOffset at, string? timeZone)
    {
        var zone = !string.IsNullOrWhiteSpace(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found)
            ? found
            : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return $"{local.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)} ({zone.Id})";
    }
}
