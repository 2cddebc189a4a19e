using System.Globalization;
using Pms.Patients.Model;
using R4 = Hl7.Fhir.Model;

namespace Pms.Patients.Fhir;

/// <summary>
/// Doctors as FHIR Practitioners, each with one Schedule (same id) whose Slots are generated from the weekly hours as the
/// booking API offers them; appointments as FHIR Appointments (Completed is <c>fulfilled</c>, NoShow <c>noshow</c>).
/// </summary>
public static class SchedulingResources
{
    private const string SlotIdTimeFormat = "yyyyMMddHHmm";

    public static R4.Practitioner Practitioner(Doctor doctor) => new()
    {
        Id = doctor.Id.ToString(),
        Meta = Meta(doctor.Version, doctor.UpdatedAt),
        Active = true,
        Name = [Name(doctor)],
    };

    public static R4.Schedule Schedule(Doctor doctor)
    {
        var schedule = new R4.Schedule
        {
            Id = doctor.Id.ToString(),
            Meta = Meta(doctor.Version, doctor.UpdatedAt),
            Active = true,
            Actor = [new R4.ResourceReference($"Practitioner/{doctor.Id}", $"{doctor.FirstName} {doctor.LastName}")],
            Comment = $"Slots follow the doctor's weekly hours and absences, in the time zone {doctor.TimeZoneId}.",
        };
        if (!string.IsNullOrWhiteSpace(doctor.Specialty))
        {
            schedule.Specialty.Add(new R4.CodeableConcept { Text = doctor.Specialty });
        }

        return schedule;
    }

    public static R4.Slot Slot(Guid doctorId, Slot slot, bool free) => new()
    {
        Id = SlotId(doctorId, slot.StartsAt),
        Schedule = new R4.ResourceReference($"Schedule/{doctorId}"),
        Status = free ? R4.Slot.SlotStatus.Free : R4.Slot.SlotStatus.Busy,
        Start = slot.StartsAt,
        End = slot.EndsAt,
    };

    /// <summary>A slot is not stored: its id is its doctor and its start, <c>{doctor id without dashes}-{yyyyMMddHHmm UTC}</c>.</summary>
    public static string SlotId(Guid doctorId, DateTimeOffset startsAt) =>
        $"{doctorId:N}-{startsAt.UtcDateTime.ToString(SlotIdTimeFormat, CultureInfo.InvariantCulture)}";

    public static (Guid DoctorId, DateTimeOffset StartsAt)? ParseSlotId(string id)
    {
        var parts = id.Split('-');
        return parts.Length == 2
            && Guid.TryParseExact(parts[0], "N", out var doctorId)
            && DateTime.TryParseExact(parts[1], SlotIdTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start)
            ? (doctorId, new DateTimeOffset(start, TimeSpan.Zero))
            : null;
    }

    public static R4.Appointment Appointment(Appointment appointment)
    {
        var resource = new R4.Appointment
        {
            Id = appointment.Id.ToString(),
            Meta = Meta(appointment.Version, appointment.UpdatedAt),
            Status = appointment.Status switch
            {
                AppointmentStatus.Cancelled => R4.Appointment.AppointmentStatus.Cancelled,
                AppointmentStatus.Completed => R4.Appointment.AppointmentStatus.Fulfilled,
                AppointmentStatus.NoShow => R4.Appointment.AppointmentStatus.Noshow,
                _ => R4.Appointment.AppointmentStatus.Booked,
            },
            Description = appointment.Reason,
            Start = appointment.StartsAt,
            End = appointment.EndsAt,
            Created = appointment.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture),
            Participant =
            [
                Participant(PatientResources.Reference(appointment.PatientId)),
                Participant(new R4.ResourceReference($"Practitioner/{appointment.DoctorId}")),
            ],
        };
        if (appointment.CancellationReason is { } reason)
        {
            resource.CancelationReason = new R4.CodeableConcept { Text = reason };
        }

        return resource;
    }

    private static R4.Appointment.ParticipantComponent Participant(R4.ResourceReference actor) => new()
    {
        Actor = actor,
        Required = R4.Appointment.ParticipantRequired.Required,
        Status = R4.ParticipationStatus.Accepted,
    };

    private static R4.HumanName Name(Doctor doctor) => new() { Use = R4.HumanName.NameUse.Official, Family = doctor.LastName, Given = [doctor.FirstName], Prefix = ["Dr"] };

    private static R4.Meta Meta(uint version, DateTimeOffset updatedAt) =>
        new() { VersionId = version.ToString(CultureInfo.InvariantCulture), LastUpdated = updatedAt };
}
