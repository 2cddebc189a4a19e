using Microsoft.EntityFrameworkCore;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Patients.Reports;

/// <summary>Registrations per UTC day and source (<see cref="RegistrationSource"/>).</summary>
public sealed record RegistrationRow(DateOnly Date, string Source, int Registrations);

/// <summary>
/// One doctor's appointments that started (or were to start) in the period, by how they ended; the no-show rate is of the
/// appointments closed (completed or no-show), null while none is.
/// </summary>
public sealed record DoctorAppointmentsRow(
    Guid DoctorId, string DoctorName, int Appointments, int Completed, int NoShows, int Cancelled, int StillBooked, decimal? NoShowRatePercent);

/// <summary>The front desk's activity reports, counted by PostgreSQL (GROUP BY).</summary>
public sealed class ActivityReports(PatientDbContext db)
{
    public Task<List<RegistrationRow>> RegistrationsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        return db.Database.SqlQuery<RegistrationRow>($"""
                SELECT ("CreatedAt" AT TIME ZONE 'UTC')::date AS "Date", "RegistrationSource" AS "Source", count(*)::int AS "Registrations"
                FROM "Patients"
                WHERE "CreatedAt" >= {start} AND "CreatedAt" < {end}
                GROUP BY 1, 2
                ORDER BY 1, 2
                """)
            .ToListAsync(cancellationToken);
    }

    public async Task<List<DoctorAppointmentsRow>> AppointmentsByDoctorAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var counts = await db.Appointments.AsNoTracking()
            .Where(appointment => appointment.StartsAt >= start && appointment.StartsAt < end)
            .GroupBy(appointment => new { appointment.DoctorId, appointment.Status })
            .Select(group => new { group.Key.DoctorId, group.Key.Status, Count = group.Count() })
            .ToListAsync(cancellationToken);
        var doctorIds = counts.Select(count => count.DoctorId).Distinct().ToList();
        var names = await db.Doctors.AsNoTracking().Where(doctor => doctorIds.Contains(doctor.Id))
            .ToDictionaryAsync(doctor => doctor.Id, doctor => $"{doctor.FirstName} {doctor.LastName}", cancellationToken);
        return [.. counts.GroupBy(count => count.DoctorId)
            .Select(doctor =>
            {
                int Of(AppointmentStatus status) => doctor.Where(count => count.Status == status).Sum(count => count.Count);
                var (completed, noShows) = (Of(AppointmentStatus.Completed), Of(AppointmentStatus.NoShow));
                return new DoctorAppointmentsRow(doctor.Key, names.GetValueOrDefault(doctor.Key, ""), doctor.Sum(count => count.Count), completed, noShows,
                    Of(AppointmentStatus.Cancelled), Of(AppointmentStatus.Booked),
                    completed + noShows == 0 ? null : Math.Round(100m * noShows / (completed + noShows), 1, MidpointRounding.AwayFromZero));
            })
            .OrderBy(row => row.DoctorName, StringComparer.Ordinal)];
    }
}
