using Microsoft.EntityFrameworkCore;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;

namespace Pms.Patients.Services;

/// <summary>The waiting room as screens show it: every open visit, each doctor's queue in order of arrival.</summary>
public sealed class VisitQueries(PatientDbContext db)
{
    public static readonly VisitStage[] OpenStages = [VisitStage.Waiting, VisitStage.InConsultation, VisitStage.AtCashier];

    public Task<List<VisitDto>> QueueAsync(Guid? doctorId, CancellationToken cancellationToken)
    {
        var visits = db.Visits.AsNoTracking().Where(visit => OpenStages.Contains(visit.Stage));
        if (doctorId is not null)
        {
            visits = visits.Where(visit => visit.DoctorId == doctorId);
        }

        return Project(visits).ToListAsync(cancellationToken);
    }

    public Task<VisitDto> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Project(db.Visits.AsNoTracking().Where(visit => visit.Id == id)).SingleAsync(cancellationToken);

    private IQueryable<VisitDto> Project(IQueryable<Visit> visits) =>
        from visit in visits
        join patient in db.Patients on visit.PatientId equals patient.Id
        join doctor in db.Doctors on visit.DoctorId equals doctor.Id
        from appointment in db.Appointments.Where(appointment => appointment.Id == visit.AppointmentId).DefaultIfEmpty()
        orderby visit.CheckedInAt, visit.Id
        select new VisitDto(
            visit.Id, visit.PatientId, patient.FirstName + " " + patient.LastName, patient.Mrn, visit.DoctorId,
            doctor.FirstName + " " + doctor.LastName, visit.AppointmentId, appointment == null ? null : appointment.StartsAt, visit.Stage,
            visit.CheckedInAt, visit.CalledAt, visit.ConsultationEndedAt, visit.ClosedAt, visit.Version);
}
