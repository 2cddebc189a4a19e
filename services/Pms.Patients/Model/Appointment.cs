namespace Pms.Patients.Model;

/// <summary>
/// A patient's appointment in one of a doctor's slots. Only a Booked appointment holds its slot; it can be
/// moved or cancelled until it starts and closed (Completed or NoShow) once it has started, and then no more.
/// </summary>
public sealed class Appointment
{
    public const int ReasonLength = 500;

    private Appointment()
    {
    }

    public Guid Id { get; private set; }

    public Guid DoctorId { get; private set; }

    public Guid PatientId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public AppointmentStatus Status { get; private set; }

    /// <summary>Why the patient comes, as given at booking.</summary>
    public string? Reason { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>Why it was last moved; null while it keeps its first slot.</summary>
    public string? RescheduleReason { get; private set; }

    /// <summary>The account that booked it: the patient themselves or a member of staff.</summary>
    public Guid BookedBy { get; private set; }

    /// <summary>
    /// Set when the appointment is completed with a doctor who has a consultation fee; null while
    /// there is nothing to charge.
    /// </summary>
    public FeeStatus? ConsultationFeeStatus { get; private set; }

    /// <summary>The fee code charged, fixed at completion so a retry charges what was due then.</summary>
    public string? ConsultationFeeCode { get; private set; }

    public Guid? ConsultationBillId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>A new Booked appointment in a slot still to come; the reason for the visit is optional.</summary>
    public static Appointment Book(Guid doctorId, Guid patientId, Slot slot, string? reason, Guid bookedBy, DateTimeOffset now)
    {
        EnsureReason(reason, required: false);
        EnsureBookable(slot, now);
        return new Appointment
        {
            Id = Guid.CreateVersion7(),
            DoctorId = doctorId,
            PatientId = patientId,
            StartsAt = slot.StartsAt,
            EndsAt = slot.EndsAt,
            Status = AppointmentStatus.Booked,
            Reason = Trimmed(reason),
            BookedBy = bookedBy,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The appointment belongs to another record: its patient's duplicate record was merged into that one, or a merge was undone.</summary>
    public void TransferTo(Guid patientId, DateTimeOffset now)
    {
        PatientId = patientId;
        UpdatedAt = now;
    }

    /// <summary>
    /// What is wrong with a reason, or null: at booking it may be left out, a move or a cancellation needs one;
    /// either way it fits its column once trimmed.
    /// </summary>
    public static string? ReasonProblem(string? reason, bool required) =>
        (required && string.IsNullOrWhiteSpace(reason)) || (reason is not null && reason.Trim().Length > ReasonLength)
            ? required ? $"A reason of 1 to {ReasonLength} characters is required." : $"At most {ReasonLength} characters."
            : null;

    /// <summary>Refuses a move or a cancellation unless the appointment is Booked and has not started.</summary>
    public void EnsureChangeable(DateTimeOffset now)
    {
        EnsureBooked();
        if (StartsAt <= now)
        {
            throw new AppointmentRuleException(AppointmentRuleException.Kinds.Unprocessable, "The appointment has already started.");
        }
    }

    /// <summary>Moves the appointment to another slot still to come; returns where it started before.</summary>
    public DateTimeOffset Reschedule(Slot slot, string reason, DateTimeOffset now)
    {
        EnsureReason(reason, required: true);
        EnsureChangeable(now);
        EnsureBookable(slot, now);
        var previousStartsAt = StartsAt;
        StartsAt = slot.StartsAt;
        EndsAt = slot.EndsAt;
        RescheduleReason = Trimmed(reason);
        UpdatedAt = now;
        return previousStartsAt;
    }

    /// <summary>
    /// The patient checked in for it. The appointment's row changes with the check-in, so a cancel, move or no-show made at
    /// the same moment on another screen meets a conflict instead of leaving a visit on a cancelled appointment.
    /// </summary>
    public void MarkCheckedIn(DateTimeOffset now) => UpdatedAt = now;

    /// <summary>Cancels an appointment that has not started, giving its slot back.</summary>
    public void Cancel(string reason, DateTimeOffset now)
    {
        EnsureReason(reason, required: true);
        EnsureChangeable(now);
        Status = AppointmentStatus.Cancelled;
        CancellationReason = Trimmed(reason);
        UpdatedAt = now;
    }

    /// <summary>
    /// Closes an appointment as Completed: once it has started, or earlier when the patient checked in and the doctor saw
    /// them early. A doctor without a fee code gives free consultations: nothing to charge; otherwise the fee is Pending
    /// until billing has charged it.
    /// </summary>
    public void Complete(string? consultationFeeCode, bool patientCheckedIn, DateTimeOffset now)
    {
        Close(AppointmentStatus.Completed, patientCheckedIn, now);
        if (!string.IsNullOrWhiteSpace(consultationFeeCode))
        {
            ConsultationFeeStatus = FeeStatus.Pending;
            ConsultationFeeCode = consultationFeeCode;
        }
    }

    /// <summary>Closes an appointment that has started as NoShow: the patient did not come.</summary>
    public void MarkNoShow(DateTimeOffset now) => Close(AppointmentStatus.NoShow, startedEarly: false, now);

    private void Close(AppointmentStatus outcome, bool startedEarly, DateTimeOffset now)
    {
        EnsureBooked();
        if (StartsAt > now && !startedEarly)
        {
            throw new AppointmentRuleException(AppointmentRuleException.Kinds.Unprocessable, "The appointment has not started yet.");
        }

        Status = outcome;
        UpdatedAt = now;
    }

    private void EnsureBooked()
    {
        if (Status != AppointmentStatus.Booked)
        {
            throw new AppointmentRuleException(AppointmentRuleException.Kinds.Conflict, $"The appointment is {Status}; only a Booked appointment can change.");
        }
    }

    private static void EnsureBookable(Slot slot, DateTimeOffset now)
    {
        if (slot.StartsAt <= now)
        {
            throw new AppointmentRuleException(AppointmentRuleException.Kinds.Unprocessable, "The time is in the past.");
        }

        if (slot.EndsAt <= slot.StartsAt)
        {
            throw new AppointmentRuleException(AppointmentRuleException.Kinds.Unprocessable, "An appointment ends after it starts.");
        }
    }

    private static void EnsureReason(string? reason, bool required)
    {
        if (ReasonProblem(reason, required) is { } problem)
        {
            throw new AppointmentRuleException(AppointmentRuleException.Kinds.Invalid, problem);
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
