using Pms.Patients.Model;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Fhir;

namespace Pms.Patients.Fhir;

/// <summary>FHIR's Appointment search over the appointments the caller sees (<see cref="AppointmentQueries.Visible"/>).</summary>
public sealed class AppointmentResourceSearch(AppointmentQueries appointments)
{
    private static readonly Dictionary<string, AppointmentStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["booked"] = AppointmentStatus.Booked,
        ["cancelled"] = AppointmentStatus.Cancelled,
        ["fulfilled"] = AppointmentStatus.Completed,
        ["noshow"] = AppointmentStatus.NoShow,
    };

    public (IQueryable<Appointment>? Matches, string? Error) Find(IQueryCollection query, Caller caller)
    {
        var matches = appointments.Visible(caller);
        var (found, error) = FhirSearch.Apply(matches, query, Narrow);
        return (found?.OrderBy(appointment => appointment.StartsAt).ThenBy(appointment => appointment.Id), error);
    }

    private static (IQueryable<Appointment>? Appointments, string? Error) Narrow(IQueryable<Appointment> appointments, string name, string value)
    {
        switch (name)
        {
            case "_id":
                var ids = FhirSearchValues.AnyOf(value).Select(FhirSearchValues.Id).ToList();
                return ids.Any(id => id is null)
                    ? (null, "_id must be one or more appointment ids.")
                    : (appointments.Where(appointment => ids.Contains(appointment.Id)), null);
            case "patient":
                return FhirSearchValues.Reference(value, "Patient") is { } patientId
                    ? (appointments.Where(appointment => appointment.PatientId == patientId), null)
                    : (null, "patient must be Patient/{id}.");
            case "practitioner":
                return FhirSearchValues.Reference(value, "Practitioner") is { } doctorId
                    ? (appointments.Where(appointment => appointment.DoctorId == doctorId), null)
                    : (null, "practitioner must be Practitioner/{id}.");
            case "date":
                if (FhirSearchValues.Day(value) is not { } day)
                {
                    return (null, "date must be a day, yyyy-MM-dd.");
                }

                var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                var to = from.AddDays(1);
                return (appointments.Where(appointment => appointment.StartsAt >= from && appointment.StartsAt < to), null);
            case "status":
                var statuses = FhirSearchValues.AnyOf(value).Select(code => Statuses.TryGetValue(code, out var status) ? status : (AppointmentStatus?)null).ToList();
                return statuses.Any(status => status is null)
                    ? (null, $"status must be one or more of {string.Join(", ", Statuses.Keys)}.")
                    : (appointments.Where(appointment => statuses.Contains(appointment.Status)), null);
            default:
                return (appointments, null);
        }
    }
}
