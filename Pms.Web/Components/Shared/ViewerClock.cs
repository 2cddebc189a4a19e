namespace Pms.Web.Components.Shared;

/// <summary>
/// The zone of the viewer's browser (unknown on a first visit) and times on a doctor's clock as that viewer reads
/// them: "Friday 4 December 2026, 08:00", with "(Europe/London)" only when the doctor's zone is not the viewer's.
/// </summary>
public sealed class ViewerClock
{
    public const string CookieName = "pms.time-zone";

    public string? TimeZoneId { get; set; }

    /// <summary>Whether the viewer's clock reads as the doctor's does (the same zone, or one with the same rules).</summary>
    public bool Shares(string doctorTimeZone) =>
        TimeZoneId is { } viewer
        && TimeZoneInfo.TryFindSystemTimeZoneById(viewer, out var viewerZone)
        && TimeZoneInfo.TryFindSystemTimeZoneById(doctorTimeZone, out var doctorZone)
        && viewerZone.HasSameRules(doctorZone);

    public string DayAndTime(DateTimeOffset instant, string doctorTimeZone) =>
        Shares(doctorTimeZone) ? DoctorClock.DayAndTimeOnly(instant, doctorTimeZone) : DoctorClock.DayAndTime(instant, doctorTimeZone);

    /// <summary>" (Europe/London)" after a time, or nothing when the viewer keeps the same clock.</summary>
    public string ZoneNote(string doctorTimeZone) => Shares(doctorTimeZone) ? "" : $" ({DoctorClock.ZoneName(doctorTimeZone)})";

    /// <summary>A moment on the viewer's clock ("2026-12-05 14:03:07"), or in UTC, said so, while the viewer's zone is unknown.</summary>
    public string Moment(DateTimeOffset instant) =>
        TimeZoneId is { } viewer && TimeZoneInfo.TryFindSystemTimeZoneById(viewer, out var zone)
            ? TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
            : instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
