using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pms.Contracts.Audit;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Infrastructure.EntityConfigurations;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Wolverine.EntityFrameworkCore;

namespace Pms.Patients.Services;

/// <summary>
/// The day's flow at the front desk: staff check patients in, the doctor calls the next one, the consultation ends
/// (an appointment's completion) and the cashier lets them go. Each move is saved with its audit record; the database's
/// unique indexes settle two screens acting at once; every open screen is then told the queue changed.
/// </summary>
public sealed class WaitingRoom(
    IDbContextOutbox<PatientDbContext> outbox, AppointmentScheduler appointments, VisitQueries queries, WaitingRoomSignal signal, AuditTrail audit,
    TimeProvider clock)
{
    public static Refusal NoSuchVisit { get; } = Refusal.NotFound("No such visit.");

    private PatientDbContext Db => outbox.DbContext;

    public async Task<Outcome<VisitDto>> CheckInAsync(CheckInRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var arrival = request.AppointmentId is { } appointmentId
            ? await ForAppointmentAsync(appointmentId, request, caller, cancellationToken)
            : await AsWalkInAsync(request, caller, cancellationToken);
        if (!arrival.IsDone(out var visit))
        {
            return arrival.Failed<VisitDto>();
        }

        Db.Visits.Add(visit);
        audit.Record(AuditActions.Create, AuditResources.Visit, visit.Id, visit.PatientId);
        return await SaveAsync(visit, StatusCodes.Status201Created, cancellationToken);
    }

    /// <summary>The doctor's longest-waiting patient goes in; one patient at a time per doctor.</summary>
    public async Task<Outcome<VisitDto>> CallNextAsync(Guid doctorId, Caller caller, CancellationToken cancellationToken)
    {
        if (!caller.IsStaff && caller.UserId != doctorId)
        {
            return Refusal.Forbidden("Doctors call their own patients.");
        }

        if (!await Db.Doctors.AnyAsync(doctor => doctor.Id == doctorId, cancellationToken))
        {
            return Refusal.NotFound("No such doctor.");
        }

        if (await Db.Visits.AnyAsync(visit => visit.DoctorId == doctorId && visit.Stage == VisitStage.InConsultation, cancellationToken))
        {
            return Refusal.Conflict("The doctor is seeing a patient; complete that consultation first.");
        }

        var next = await Db.Visits.Where(visit => visit.DoctorId == doctorId && visit.Stage == VisitStage.Waiting)
            .OrderBy(visit => visit.CheckedInAt).ThenBy(visit => visit.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return Refusal.Conflict("Nobody is waiting for this doctor.");
        }

        next.Call(clock.GetUtcNow());
        audit.Record(AuditActions.Update, AuditResources.Visit, next.Id, next.PatientId);
        return await SaveAsync(next, StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>
    /// Ends the consultation: an appointment's visit through the appointment's completion (which charges its fee), a
    /// walk-in's straight to the cashier, who bills it.
    /// </summary>
    public async Task<Outcome<VisitDto>> CompleteAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var visit = await Db.Visits.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (visit is null || !(caller.IsStaff || visit.DoctorId == caller.UserId))
        {
            return NoSuchVisit;
        }

        if (visit.Stage is not (VisitStage.Waiting or VisitStage.InConsultation))
        {
            return Refusal.Conflict("The consultation of this visit is already over.");
        }

        if (visit.AppointmentId is { } appointmentId)
        {
            var completed = await appointments.CloseAsync(appointmentId, AppointmentStatus.Completed, caller, cancellationToken);
            return completed.IsDone(out _) ? await queries.FindAsync(visit.Id, cancellationToken) : completed.Failed<VisitDto>();
        }

        visit.EndConsultation(owesSomething: true, clock.GetUtcNow());
        audit.Record(AuditActions.Update, AuditResources.Visit, visit.Id, visit.PatientId);
        return await SaveAsync(visit, StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>The patient leaves: from the cashier once settled, or from the waiting room unseen.</summary>
    public async Task<Outcome<VisitDto>> CloseAsync(Guid id, CancellationToken cancellationToken)
    {
        var visit = await Db.Visits.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (visit is null)
        {
            return NoSuchVisit;
        }

        try
        {
            visit.Close(clock.GetUtcNow());
        }
        catch (VisitRuleException broken)
        {
            return Refusal.Conflict(broken.Message);
        }

        audit.Record(AuditActions.Update, AuditResources.Visit, visit.Id, visit.PatientId);
        return await SaveAsync(visit, StatusCodes.Status200OK, cancellationToken);
    }

    private async Task<Outcome<Visit>> ForAppointmentAsync(Guid appointmentId, CheckInRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var appointment = await Db.Appointments.SingleOrDefaultAsync(candidate => candidate.Id == appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Refusal.NotFound("No such appointment.");
        }

        if ((request.PatientId ?? appointment.PatientId) != appointment.PatientId || (request.DoctorId ?? appointment.DoctorId) != appointment.DoctorId)
        {
            return FieldErrors.Of("appointmentId", "The appointment is another patient's or another doctor's; leave patientId and doctorId out.");
        }

        if (appointment.Status != AppointmentStatus.Booked)
        {
            return Refusal.Conflict($"The appointment is {appointment.Status}; only a Booked appointment can be checked in.");
        }

        if (await PatientRefusalAsync(appointment.PatientId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var timeZone = await Db.Doctors.Where(doctor => doctor.Id == appointment.DoctorId).Select(doctor => doctor.TimeZoneId).SingleAsync(cancellationToken);
        var zone = Doctor.FindTimeZone(timeZone)!;
        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(appointment.StartsAt, zone).DateTime);
        if (day != DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime))
        {
            return Refusal.Unprocessable($"The appointment is on {day:yyyy-MM-dd}, not today; check the patient in as a walk-in or move the appointment.");
        }

        appointment.MarkCheckedIn(now);
        return Visit.CheckIn(appointment.PatientId, appointment.DoctorId, appointmentId, caller.UserId, now);
    }

    private async Task<Outcome<Visit>> AsWalkInAsync(CheckInRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.PatientId is null)
        {
            errors["patientId"] = ["Name the patient, or the appointment they came for."];
        }

        if (request.DoctorId is null)
        {
            errors["doctorId"] = ["Name the doctor a walk-in waits for, or the appointment they came for."];
        }

        if (errors.Count > 0)
        {
            return new FieldErrors(errors);
        }

        if (await PatientRefusalAsync(request.PatientId!.Value, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!await Db.Doctors.AnyAsync(doctor => doctor.Id == request.DoctorId, cancellationToken))
        {
            return Refusal.NotFound("No such doctor.");
        }

        return Visit.CheckIn(request.PatientId!.Value, request.DoctorId!.Value, null, caller.UserId, clock.GetUtcNow());
    }

    /// <summary>Why the record cannot be checked in: unknown (404), merged into another, inactive or deceased (409); null when it can.</summary>
    private async Task<Refusal?> PatientRefusalAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var patient = await Db.Patients.AsNoTracking().Where(candidate => candidate.Id == patientId)
            .Select(candidate => new { candidate.ReplacedBy, candidate.Active, candidate.DeceasedOn }).SingleOrDefaultAsync(cancellationToken);
        return patient is null ? Refusal.NotFound("No such patient.")
            : patient.ReplacedBy is not null ? Refusal.Conflict("This record was merged into another; check in the surviving record.")
            : !patient.Active || patient.DeceasedOn is not null ? Refusal.Conflict("This record is inactive; reactivate it before checking the patient in.")
            : null;
    }

    private async Task<Outcome<VisitDto>> SaveAsync(Visit visit, int status, CancellationToken cancellationToken)
    {
        await audit.EnlistAsync(outbox, status);
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (SameMomentRefusal(exception) is { } refusal)
        {
            return refusal;
        }

        await signal.QueueChangedAsync(visit.DoctorId);
        return await queries.FindAsync(visit.Id, cancellationToken);
    }

    /// <summary>Another screen made the same move a moment earlier.</summary>
    private static Refusal? SameMomentRefusal(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => Refusal.Conflict("Another screen changed this visit or its appointment a moment ago; look at the queue again."),
        { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } => unique.ConstraintName switch
        {
            VisitConfiguration.OneOpenVisitPerPatient => Refusal.Conflict("The patient is already in the waiting room."),
            VisitConfiguration.OneVisitPerAppointment => Refusal.Conflict("This appointment was already checked in."),
            VisitConfiguration.OneConsultationPerDoctor => Refusal.Conflict("The doctor is seeing a patient; complete that consultation first."),
            _ => null,
        },
        _ => null,
    };
}
