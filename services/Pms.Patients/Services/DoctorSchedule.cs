using Microsoft.EntityFrameworkCore;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Patients.Services;

/// <summary>A doctor's slots as they stand: generated from the availability, less the past and what is Booked.</summary>
public sealed class DoctorSchedule(PatientDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Slot>> FreeSlotsAsync(Doctor doctor, DateOnly date, CancellationToken cancellationToken)
    {
        var generated = SlotGenerator.Generate(doctor, date);
        if (generated.Count == 0)
        {
            return [];
        }

        var booked = await BookedAsync(doctor, generated[0].StartsAt, generated.Max(slot => slot.EndsAt), cancellationToken);
        return Free(generated, booked);
    }

    /// <summary>Every slot of the day on the doctor's clock, and whether it can still be booked (past and booked ones cannot).</summary>
    public async Task<IReadOnlyList<(Slot Slot, bool Free)>> DayAsync(Doctor doctor, DateOnly date, CancellationToken cancellationToken)
    {
        var generated = SlotGenerator.Generate(doctor, date);
        if (generated.Count == 0)
        {
            return [];
        }

        var booked = await BookedAsync(doctor, generated[0].StartsAt, generated.Max(slot => slot.EndsAt), cancellationToken);
        var free = Free(generated, booked).ToHashSet();
        return [.. generated.Select(slot => (slot, free.Contains(slot)))];
    }

    public DateOnly TodayOf(Doctor doctor) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(doctor.TimeZoneId)).DateTime);

    /// <summary>How far ahead <see cref="NextFreeDayAsync"/> looks: a booking is rarely made further out.</summary>
    public const int DaysLookedAhead = 92;

    /// <summary>
    /// The first day from <paramref name="from"/> (and not before today on the doctor's clock) with a free slot, and its
    /// free slots; null when there is none within <see cref="DaysLookedAhead"/> days.
    /// </summary>
    public async Task<(DateOnly Date, IReadOnlyList<Slot> Slots)?> NextFreeDayAsync(Doctor doctor, DateOnly from, CancellationToken cancellationToken)
    {
        var today = TodayOf(doctor);
        var first = from < today ? today : from;
        var days = Enumerable.Range(0, DaysLookedAhead).Select(offset => first.AddDays(offset))
            .Select(date => (Date: date, Slots: SlotGenerator.Generate(doctor, date)))
            .Where(day => day.Slots.Count > 0)
            .ToList();
        if (days.Count == 0)
        {
            return null;
        }

        // One query for the whole span, not one per working day.
        var booked = await BookedAsync(doctor, days[0].Slots[0].StartsAt, days[^1].Slots.Max(slot => slot.EndsAt), cancellationToken);
        return days
            .Select(day => (day.Date, Slots: Free(day.Slots, booked)))
            .Where(day => day.Slots.Count > 0)
            .Select(day => ((DateOnly, IReadOnlyList<Slot>)?)day)
            .FirstOrDefault();
    }

    /// <summary>
    /// The slot that starts at <paramref name="startsAt"/>, or why it cannot be booked. The database's
    /// exclusion constraint has the last word on "taken"; this check only gives the usual case a clear answer.
    /// </summary>
    public async Task<(Slot? Slot, Refusal? Refusal)> CheckAsync(
        Doctor doctor, DateTimeOffset startsAt, Guid? movingAppointment, CancellationToken cancellationToken)
    {
        if (startsAt <= clock.GetUtcNow())
        {
            return (null, Refusal.Unprocessable("The time is in the past."));
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(doctor.TimeZoneId);
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(startsAt, zone).DateTime);
        var slot = SlotGenerator.Generate(doctor, localDate).FirstOrDefault(candidate => candidate.StartsAt == startsAt);
        if (slot is null)
        {
            return (null, Refusal.Unprocessable("The time is not one of the doctor's slots."));
        }

        var taken = await db.Appointments.AnyAsync(
            appointment => appointment.DoctorId == doctor.Id && appointment.Status == AppointmentStatus.Booked
                && appointment.Id != movingAppointment && appointment.StartsAt < slot.EndsAt && appointment.EndsAt > slot.StartsAt,
            cancellationToken);
        return taken ? (null, SlotTaken) : (slot, null);
    }

    public static Refusal SlotTaken { get; } = Refusal.Conflict("The slot is already taken.");

    /// <summary>The generated slots still to come that nothing booked overlaps.</summary>
    private IReadOnlyList<Slot> Free(IEnumerable<Slot> generated, List<Slot> booked)
    {
        var now = clock.GetUtcNow();
        return [.. generated.Where(slot => slot.StartsAt > now && !booked.Exists(taken => Overlap(slot, taken)))];
    }

    private Task<List<Slot>> BookedAsync(Doctor doctor, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        db.Appointments.AsNoTracking()
            .Where(appointment => appointment.DoctorId == doctor.Id && appointment.Status == AppointmentStatus.Booked
                && appointment.StartsAt < to && appointment.EndsAt > from)
            .Select(appointment => new Slot(appointment.StartsAt, appointment.EndsAt))
            .ToListAsync(cancellationToken);

    private static bool Overlap(Slot first, Slot second) => first.StartsAt < second.EndsAt && second.StartsAt < first.EndsAt;
}
