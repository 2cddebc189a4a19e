using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Shared;

/// <summary>The doctors by id, to name them and read their clocks in lists of appointments, as <paramref name="viewer"/> reads times.</summary>
public sealed class DoctorDirectory(IReadOnlyList<Doctor> doctors, ViewerClock viewer)
{
    private readonly Dictionary<Guid, Doctor> _byId = doctors.ToDictionary(doctor => doctor.Id);

    public IReadOnlyList<Doctor> All { get; } = doctors;

    public Doctor? Find(Guid id) => _byId.GetValueOrDefault(id);

    public string NameOf(Guid id) => Find(id)?.FullName ?? "Unknown doctor";

    /// <summary>"Friday 4 December 2026, 08:00 (Europe/London)", in UTC for a doctor no longer listed; the zone only when not the viewer's.</summary>
    public string DayAndTime(Appointment appointment) => viewer.DayAndTime(appointment.StartsAt, ZoneOf(appointment.DoctorId));

    /// <summary>" (Europe/London)", or nothing when the viewer keeps that doctor's clock.</summary>
    public string ZoneNote(Guid doctorId) => viewer.ZoneNote(ZoneOf(doctorId));

    /// <summary>"08:00–08:30".</summary>
    public string Times(Appointment appointment) =>
        $"{DoctorClock.Time(appointment.StartsAt, ZoneOf(appointment.DoctorId))}–{DoctorClock.Time(appointment.EndsAt, ZoneOf(appointment.DoctorId))}";

    public string ZoneOf(Guid id) => Find(id)?.TimeZone ?? TimeZoneInfo.Utc.Id;

    /// <summary>
    /// Today on the clock of <paramref name="doctorId"/> when that doctor is listed; otherwise on the
    /// zone every listed doctor keeps, as a hospital's doctors usually do; otherwise in UTC.
    /// </summary>
    public DateOnly Today(DateTimeOffset now, Guid? doctorId)
    {
        var zones = All.Select(doctor => doctor.TimeZone).Distinct().ToList();
        var zone = doctorId is { } id && Find(id) is { } doctor ? doctor.TimeZone
            : zones.Count == 1 ? zones[0]
            : TimeZoneInfo.Utc.Id;
        return DoctorClock.Today(now, zone);
    }
}
