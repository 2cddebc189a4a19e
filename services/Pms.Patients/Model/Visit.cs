namespace Pms.Patients.Model;

/// <summary>
/// A patient's visit to a doctor on the day, from check-in at the desk: Waiting until the doctor calls them, then
/// In consultation, then At the cashier when they owe something, and Done. A visit for an appointment is completed
/// with it; a walk-in visit has no appointment and always passes by the cashier, who bills what was done.
/// </summary>
public sealed class Visit
{
    private Visit()
    {
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid DoctorId { get; private set; }

    /// <summary>The appointment the patient came for; null for a walk-in.</summary>
    public Guid? AppointmentId { get; private set; }

    public VisitStage Stage { get; private set; }

    public DateTimeOffset CheckedInAt { get; private set; }

    public Guid CheckedInBy { get; private set; }

    public DateTimeOffset? CalledAt { get; private set; }

    public DateTimeOffset? ConsultationEndedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public uint Version { get; private set; }

    public bool IsOpen => Stage is VisitStage.Waiting or VisitStage.InConsultation or VisitStage.AtCashier;

    public static Visit CheckIn(Guid patientId, Guid doctorId, Guid? appointmentId, Guid checkedInBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        PatientId = patientId,
        DoctorId = doctorId,
        AppointmentId = appointmentId,
        Stage = VisitStage.Waiting,
        CheckedInAt = now,
        CheckedInBy = checkedInBy,
    };

    /// <summary>The doctor calls the patient in.</summary>
    public void Call(DateTimeOffset now)
    {
        EnsureStage(VisitStage.Waiting, "Only a waiting patient can be called.");
        Stage = VisitStage.InConsultation;
        CalledAt = now;
    }

    /// <summary>The consultation is over: to the cashier when the patient owes something, otherwise done.</summary>
    public void EndConsultation(bool owesSomething, DateTimeOffset now)
    {
        if (Stage is not (VisitStage.Waiting or VisitStage.InConsultation))
        {
            throw new VisitRuleException("The consultation of this visit is already over.");
        }

        CalledAt ??= now;
        ConsultationEndedAt = now;
        Stage = owesSomething ? VisitStage.AtCashier : VisitStage.Done;
        ClosedAt = owesSomething ? null : now;
    }

    /// <summary>The patient leaves: from the cashier once settled, or from the waiting room unseen.</summary>
    public void Close(DateTimeOffset now)
    {
        Stage = Stage switch
        {
            VisitStage.AtCashier => VisitStage.Done,
            VisitStage.Waiting => VisitStage.Left,
            VisitStage.InConsultation => throw new VisitRuleException("The patient is with the doctor; complete the consultation first."),
            _ => throw new VisitRuleException("This visit is already closed."),
        };
        ClosedAt = now;
    }

    /// <summary>The day is over and nobody closed the visit: one still waiting left unseen, any other is done.</summary>
    public void CloseAtEndOfDay(DateTimeOffset now)
    {
        Stage = Stage == VisitStage.Waiting ? VisitStage.Left : VisitStage.Done;
        ClosedAt = now;
    }

    private void EnsureStage(VisitStage expected, string message)
    {
        if (Stage != expected)
        {
            throw new VisitRuleException(message);
        }
    }
}
