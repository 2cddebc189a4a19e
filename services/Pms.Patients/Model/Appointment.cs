namespace Pms.Patients.Model;

/// <summary>A patient's appointment in one of a doctor's slots. Only a Booked appointment holds its slot.</summary>
public sealed class Appointment
{
    public Guid Id { get; set; }

    public Guid DoctorId { get; set; }

    public Guid PatientId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public AppointmentStatus Status { get; set; }

    /// <summary>Why the patient comes, as given at booking.</summary>
    public string? Reason { get; set; }

    public string? CancellationReason { get; set; }

    /// <summary>Why it was last moved; null while it keeps its first slot.</summary>
    public string? RescheduleReason { get; set; }

    /// <summary>The account that booked it: the patient themselves or a member of staff.</summary>
    public Guid BookedBy { get; set; }

    /// <summary>
    /// Set when the appointment is completed with a doctor who has a consultation fee; null while
    /// there is nothing to charge.
    /// </summary>
    public FeeStatus? ConsultationFeeStatus { get; set; }

    /// <summary>The fee code charged, fixed at completion so a retry charges what was due then.</summary>
    public string? ConsultationFeeCode { get; set; }

    public Guid? ConsultationBillId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
