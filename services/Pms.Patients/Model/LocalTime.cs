namespace Pms.Patients.Model;

/// <summary>Turns a wall-clock time of a time zone into an instant, deciding the two daylight-saving edge cases.</summary>
public static class LocalTime
{
    /// <summary>
    /// The instant of <paramref name="local"/> in <paramref name="zone"/>. An ambiguous time (the
    /// repeated hour of a fall-back day) is its first occurrence; a time that does not exist (the
    /// skipped hour of a spring-forward day) is read with the offset before the gap, i.e. moved
    /// forward by the gap's length.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(wallClock) ? zone.GetUtcOffset(wallClock.AddDays(-1))
            : zone.IsAmbiguousTime(wallClock) ? zone.GetAmbiguousTimeOffsets(wallClock).Max()
            : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock - offset, TimeSpan.Zero);
    }

    public static bool Exists(DateTime local, TimeZoneInfo zone) => !zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
}
