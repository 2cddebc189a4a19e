namespace Pms.Bench.System;

/// <summary>
/// Distinct free slots of <see cref="BenchDoctors"/>, handed out in turn from any thread and
/// computed here instead of asked for: booking <c>n</c> goes to doctor <c>n mod D</c>, filling that
/// doctor's days slot by slot from <paramref name="firstDay"/> on. Nothing else books these doctors,
/// so every slot handed out is free.
/// </summary>
public sealed class SlotSequence(IReadOnlyList<Guid> doctors, DateOnly firstDay)
{
    private long _taken = -1;

    public DateOnly FirstDay => firstDay;

    /// <summary>Days that have at least one slot handed out (at least one).</summary>
    public int DaysUsed => (int)(Math.Max(0, Interlocked.Read(ref _taken)) / doctors.Count / BenchDoctors.SlotsPerDay) + 1;

    public (Guid DoctorId, DateTimeOffset StartsAt) Next()
    {
        var number = Interlocked.Increment(ref _taken);
        var ofDoctor = number / doctors.Count;
        var day = firstDay.AddDays((int)(ofDoctor / BenchDoctors.SlotsPerDay));
        var start = day.ToDateTime(BenchDoctors.DayStarts, DateTimeKind.Utc).AddMinutes(ofDoctor % BenchDoctors.SlotsPerDay * BenchDoctors.SlotMinutes);
        return (doctors[(int)(number % doctors.Count)], new DateTimeOffset(start));
    }
}
