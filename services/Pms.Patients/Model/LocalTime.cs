namespace Pms.Patients.Model;

/// <summary>Turns a wall-clock time of a time zone into an instant, deciding the two daylight-saving edge cases.</summary>
public static class LocalTime
{
    /// <summary>
    /// The instant of <paramref name="local"/> in <paramref name="zone"/>. An ambiguous time (the
    /// repeated hour of a fall-back day) is its first occurrence; a time that does not exist (the
    /// skipped hour of a spring-forward day) is the first instant after the gap, when the clock
    /// jumps past it: an absence "from 01:30" on that day starts at 02:00 of the new time.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock))
        {
            // Read with the offset after the gap, the wall-clock time falls before the jump; step to it.
            var instant = new DateTimeOffset(wallClock - zone.GetUtcOffset(wallClock.AddDays(1)), TimeSpan.Zero);
            while (TimeZoneInfo.ConvertTime(instant, zone).DateTime < wallClock)
            {
                instant = instant.AddMinutes(1);
            }

            return instant;
        }

        var offset = zone.IsAmbiguousTime(wallClock) ? zone.GetAmbiguousTimeOffsets(wallClock).Max() : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock - offset, TimeSpan.Zero);
    }

    public static bool Exists(DateTime local, TimeZoneInfo zone) => !zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
}
