namespace Pms.ServiceDefaults.Apis;

/// <summary>The days a report covers (UTC), at most a year: the 30 days up to <c>to</c> (today) unless both ends are given.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const int MaximumDays = 366;

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static (ReportPeriod? Period, FieldErrors? Errors) Of(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var last = to ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (last == DateOnly.MaxValue || (from is null && last.DayNumber < 29))
        {
            return (null, FieldErrors.Of("to", "to must be a date PMS can count 30 days back and one day on from."));
        }

        var first = from ?? last.AddDays(-29);
        return first > last || last.DayNumber - first.DayNumber >= MaximumDays
            ? (null, FieldErrors.Of("from", $"from must not be after to, and the range at most {MaximumDays} days."))
            : (new ReportPeriod(first, last), null);
    }
}
