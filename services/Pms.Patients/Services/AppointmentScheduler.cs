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
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Patients.Services;

/// <summary>
/// Books, moves, cancels and closes appointments. Every change is saved with its audit record and the
/// event patients hear about in one transaction; the database's exclusion constraint settles races for a slot.
/// </summary>
public sealed class AppointmentScheduler(
    IDbContextOutbox<PatientDbContext> outbox, DoctorSchedule schedule, FeeCharger fees, WaitingRoomSignal waitingRoom, AuditTrail audit, TimeProvider clock)
{
    private PatientDbContext Db => outbox.DbContext;

    public async Task<Outcome<AppointmentDto>> BookAsync(BookAppointmentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var validation = AppointmentValidator.Validate(request, caller);
        if (!validation.IsDone(out var booking))
        {
            return validation.Failed<AppointmentDto>();
        }

        var (patientId, patientRefusal) = await ResolvePatientAsync(booking.PatientId, caller, cancellationToken);
        if (patientRefusal is not null)
        {
            return patientRefusal;
        }

        var doctor = await Db.Doctors.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == booking.DoctorId, cancellationToken);
        if (doctor is null)
        {
            return Refusal.NotFound("No such doctor.");
        }

        var (slot, slotRefusal) = await schedule.CheckAsync(doctor, booking.StartsAt, null, cancellationToken);
        if (slotRefusal is not null)
        {
            return slotRefusal;
        }

        var (appointment, refusal) = Attempt(() => Appointment.Book(doctor.Id, patientId, slot!, booking.Reason, caller.UserId, clock.GetUtcNow()));
        if (appointment is null)
        {
            return refusal!;
        }

        Db.Appointments.Add(appointment);
        await outbox.PublishEventAsync(AppointmentEvents.Booked(appointment, doctor));
        return await SaveAsync(appointment, AuditActions.Create, StatusCodes.Status201Created, cancellationToken);
    }

    public async Task<Outcome<AppointmentDto>> RescheduleAsync(Guid id, RescheduleAppointmentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var validation = AppointmentValidator.Validate(request);
        if (!validation.IsDone(out var move))
        {
            return validation.Failed<AppointmentDto>();
        }

        var (appointment, refusal) = await LoadChangeableAsync(id, caller, cancellationToken);
        if (appointment is null)
        {
            return refusal!;
        }

        var doctor = await Db.Doctors.AsNoTracking().SingleAsync(candidate => candidate.Id == appointment.DoctorId, cancellationToken);
        var (slot, slotRefusal) = await schedule.CheckAsync(doctor, move.StartsAt, appointment.Id, cancellationToken);
        if (slotRefusal is not null)
        {
            return slotRefusal;
        }

        var (previousStartsAt, moveRefusal) = Attempt(() => appointment.Reschedule(slot!, move.Reason, clock.GetUtcNow()));
        if (moveRefusal is not null)
        {
            return moveRefusal;
        }

        await outbox.PublishEventAsync(AppointmentEvents.Rescheduled(appointment, doctor, previousStartsAt));
        return await SaveAsync(appointment, AuditActions.Update, StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<Outcome<AppointmentDto>> CancelAsync(Guid id, CancelAppointmentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var validation = AppointmentValidator.Validate(request);
        if (!validation.IsDone(out var reason))
        {
            return validation.Failed<AppointmentDto>();
        }

        var (appointment, unchangeable) = await LoadChangeableAsync(id, caller, cancellationToken);
        if (appointment is null)
        {
            return unchangeable!;
        }

        var doctor = await Db.Doctors.AsNoTracking().SingleAsync(candidate => candidate.Id == appointment.DoctorId, cancellationToken);
        if (Attempt(() => appointment.Cancel(reason, clock.GetUtcNow())) is { } refusal)
        {
            return refusal;
        }

        await outbox.PublishEventAsync(AppointmentEvents.Cancelled(appointment, doctor));
        return await SaveAsync(appointment, AuditActions.Update, StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>
    /// Closes an appointment that has started as Completed or NoShow: staff, or the appointment's doctor. A patient checked in
    /// for it came, so is not a no-show; completing it ends their visit's consultation too, sending them to the cashier
    /// when a consultation fee is due.
    /// </summary>
    public async Task<Outcome<AppointmentDto>> CloseAsync(Guid id, AppointmentStatus outcome, Caller caller, CancellationToken cancellationToken)
    {
        var appointment = await Db.Appointments.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (appointment is null || !(caller.IsStaff || (caller.IsDoctor && appointment.DoctorId == caller.UserId)))
        {
            return NoSuchAppointment;
        }

        var visit = await Db.Visits.SingleOrDefaultAsync(
            candidate => candidate.AppointmentId == id && VisitQueries.OpenStages.Contains(candidate.Stage), cancellationToken);
        if (outcome == AppointmentStatus.NoShow && visit is not null)
        {
            return Refusal.Conflict("The patient checked in for this appointment; close their visit if they left unseen.");
        }

        var feeCode = outcome == AppointmentStatus.Completed
            ? await Db.Doctors.Where(doctor => doctor.Id == appointment.DoctorId).Select(doctor => doctor.ConsultationFeeCode).SingleAsync(cancellationToken)
            : "";
        var now = clock.GetUtcNow();
        var refusal = outcome == AppointmentStatus.Completed
            ? Attempt(() => appointment.Complete(feeCode, patientCheckedIn: visit is not null, now))
            : Attempt(() => appointment.MarkNoShow(now));
        if (refusal is not null)
        {
            return refusal;
        }

        visit?.EndConsultation(owesSomething: appointment.ConsultationFeeStatus is not null, now);
        await outbox.PublishEventAsync(outcome == AppointmentStatus.Completed ? AppointmentEvents.Completed(appointment) : AppointmentEvents.NoShow(appointment));
        audit.Record(AuditActions.Update, AuditResources.Appointment, appointment.Id, appointment.PatientId);
        await audit.EnlistAsync(outbox);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        if (visit is not null)
        {
            await waitingRoom.QueueChangedAsync(visit.DoctorId);
        }

        if (appointment.ConsultationFeeStatus == FeeStatus.Pending)
        {
            // Saved Pending first, so a crash or an unreachable billing leaves the charge to the pending-fee job.
            var (_, bill) = await fees.ChargeConsultationAsync(appointment.Id, cancellationToken);
            await Db.Entry(appointment).ReloadAsync(cancellationToken);
            if (visit is not null && bill is { PatientOwes: 0 })
            {
                await SendHomeAsync(visit, cancellationToken);
            }
        }

        return AppointmentDto.From(appointment);
    }

    public static Refusal NoSuchAppointment { get; } = Refusal.NotFound("No such appointment.");

    /// <summary>
    /// Their insurer pays the whole fee: nothing to settle at the cashier. Until billing has answered they wait there, and
    /// if the desk closed the visit meanwhile, theirs stands.
    /// </summary>
    private async Task SendHomeAsync(Visit visit, CancellationToken cancellationToken)
    {
        visit.Close(clock.GetUtcNow());
        audit.Record(AuditActions.Update, AuditResources.Visit, visit.Id, visit.PatientId);
        await audit.EnlistAsync(outbox);
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return;
        }

        await waitingRoom.QueueChangedAsync(visit.DoctorId);
    }

    /// <summary>A Booked, future appointment the caller may move or cancel: staff any, a patient their own.</summary>
    private async Task<(Appointment? Appointment, Outcome<AppointmentDto>? Refusal)> LoadChangeableAsync(
        Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var appointment = await Db.Appointments.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        var allowed = appointment is not null && (caller.IsStaff || (caller.IsPatient
            && await Db.Patients.AnyAsync(patient => patient.Id == appointment.PatientId && patient.AuthUserId == caller.UserId, cancellationToken)));
        if (!allowed)
        {
            return (null, NoSuchAppointment);
        }

        if (await Db.Visits.AnyAsync(visit => visit.AppointmentId == id && VisitQueries.OpenStages.Contains(visit.Stage), cancellationToken))
        {
            return (null, Refusal.Conflict("The patient checked in for this appointment; close their visit in the waiting room first."));
        }

        // Checked before the new slot, so a closed or started appointment is refused as such whatever the slot.
        return Attempt(() => appointment!.EnsureChangeable(clock.GetUtcNow())) is { } refusal ? (null, refusal) : (appointment!, null);
    }

    private async Task<(Guid PatientId, Refusal? Refusal)> ResolvePatientAsync(Guid? requested, Caller caller, CancellationToken cancellationToken)
    {
        if (caller.IsStaff)
        {
            return await Db.Patients.AnyAsync(patient => patient.Id == requested, cancellationToken)
                ? (requested!.Value, null)
                : (Guid.Empty, Refusal.NotFound("No such patient."));
        }

        var own = await Db.Patients.Where(patient => patient.AuthUserId == caller.UserId).Select(patient => (Guid?)patient.Id).SingleOrDefaultAsync(cancellationToken);
        if (own is null)
        {
            return (Guid.Empty, Refusal.NotFound("Your patient record is not ready yet."));
        }

        return requested is not null && requested != own
            ? (Guid.Empty, Refusal.Forbidden("Patients book appointments for themselves only."))
            : (own.Value, null);
    }

    /// <summary>Saves the change with its audit record; a refusal is left for the endpoint to record with its status.</summary>
    private async Task<Outcome<AppointmentDto>> SaveAsync(Appointment appointment, string auditAction, int status, CancellationToken cancellationToken)
    {
        audit.Record(auditAction, AuditResources.Appointment, appointment.Id, appointment.PatientId);
        await audit.EnlistAsync(outbox, status);
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
            return AppointmentDto.From(appointment);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.ExclusionViolation,
            ConstraintName: AppointmentConfiguration.NoOverlapConstraint,
        })
        {
            return DoctorSchedule.SlotTaken;
        }
    }

    /// <summary>Makes a change the appointment's rules may refuse; null when it was made.</summary>
    private static Outcome<AppointmentDto>? Attempt(Action change) => Attempt(() =>
    {
        change();
        return true;
    }).Refusal;

    private static (T? Value, Outcome<AppointmentDto>? Refusal) Attempt<T>(Func<T> change)
    {
        try
        {
            return (change(), null);
        }
        catch (AppointmentRuleException broken)
        {
            return (default, RefusalOf(broken));
        }
    }

    private static Outcome<AppointmentDto> RefusalOf(AppointmentRuleException broken) => broken.Kind switch
    {
        AppointmentRuleException.Kinds.Invalid => FieldErrors.Of("reason", broken.Message),
        AppointmentRuleException.Kinds.Conflict => Refusal.Conflict(broken.Message),
        _ => Refusal.Unprocessable(broken.Message),
    };
}
