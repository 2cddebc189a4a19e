namespace Pms.Patients.Model;

/// <summary>
/// The slots a doctor offers on one local date: the weekly hours of that day of the week, cut into
/// slots, minus every slot that overlaps an exception. Slot lengths are real minutes, so a slot
/// that spans a daylight-saving change still lasts as long as the others.
/// </summary>
public static class SlotGenerator
{
    public static IReadOnlyList<Slot> Generate(Doctor doctor, DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(doctor.TimeZoneId);
        var blocked = doctor.Exceptions
            .Select(exception => (Start: LocalTime.ToInstant(exception.LocalStart, zone), End: LocalTime.ToInstant(exception.LocalEnd, zone)))
            .ToList();

        return doctor.WeeklyAvailability
            .Where(rule => rule.DayOfWeek == date.DayOfWeek && rule.SlotMinutes > 0)
            .SelectMany(rule => SlotsOf(rule, date, zone))
            .Where(slot => !blocked.Any(block => slot.StartsAt < block.End && block.Start < slot.EndsAt))
            .DistinctBy(slot => slot.StartsAt)
            .OrderBy(slot => slot.StartsAt)
            .ToList();
    }

    private static IEnumerable<Slot> SlotsOf(WeeklyAvailability rule, DateOnly date, TimeZoneInfo zone)
    {
        var length = TimeSpan.FromMinutes(rule.SlotMinutes);
        var end = date.ToDateTime(rule.EndTime);
        var previousEnd = DateTimeOffset.MinValue;
        for (var start = date.ToDateTime(rule.StartTime); start + length <= end; start += length)
        {
            // A start in the skipped hour does not exist; one in the repeated hour is offered once;
            // after a spring-forward gap, a start that would overlap the slot before it is dropped.
            var instant = LocalTime.ToInstant(start, zone);
            if (LocalTime.Exists(start, zone) && instant >= previousEnd)
            {
                previousEnd = instant + length;
                yield return new Slot(instant, previousEnd);
            }
        }
    }
}
