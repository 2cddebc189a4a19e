using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Services;

/// <summary>Appointments the caller may see: staff any, a doctor their own diary, a patient their own appointments.</summary>
public sealed class AppointmentQueries(PatientDbContext db, IOptions<AppointmentOptions> options)
{
    public async Task<PagedResult<AppointmentDto>> ListAsync(
        Caller caller, Guid? doctorId, Guid? patientId, DateOnly? date, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var appointments = Visible(caller);
        if (doctorId is not null)
        {
            appointments = appointments.Where(appointment => appointment.DoctorId == doctorId);
        }

        if (patientId is not null)
        {
            appointments = appointments.Where(appointment => appointment.PatientId == patientId);
        }

        if (date is { } day)
        {
            // A day is a day of the doctor's clock when the list is one doctor's diary.
            var diaryOf = doctorId ?? (caller.IsDoctor && !caller.IsStaff ? caller.UserId : null);
            var zoneId = await db.Doctors.Where(doctor => doctor.Id == diaryOf)
                .Select(doctor => doctor.TimeZoneId).SingleOrDefaultAsync(cancellationToken) ?? options.Value.DefaultTimeZone;
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            var from = LocalTime.ToInstant(day.ToDateTime(TimeOnly.MinValue), zone);
            var to = LocalTime.ToInstant(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
            appointments = appointments.Where(appointment => appointment.StartsAt >= from && appointment.StartsAt < to);
        }

        return await appointments
            .OrderBy(appointment => appointment.StartsAt).ThenBy(appointment => appointment.Id)
            .Select(appointment => AppointmentDto.From(appointment))
            .ToPageAsync(page, pageSize, cancellationToken);
    }

    public Task<AppointmentDto?> FindAsync(Caller caller, Guid id, CancellationToken cancellationToken) =>
        Visible(caller).Where(appointment => appointment.Id == id)
            .Select(appointment => AppointmentDto.From(appointment))
            .SingleOrDefaultAsync(cancellationToken);

    public IQueryable<Appointment> Visible(Caller caller)
    {
        var appointments = db.Appointments.AsNoTracking();
        if (caller.IsStaff)
        {
            return appointments;
        }

        var ownPatients = db.Patients.Where(patient => patient.AuthUserId == caller.UserId).Select(patient => patient.Id);
        return appointments.Where(appointment => (caller.IsDoctor && appointment.DoctorId == caller.UserId)
            || (caller.IsPatient && ownPatients.Contains(appointment.PatientId)));
    }
}
