namespace Pms.Notifications.Model;

/// <summary>An appointment as far as its reminder needs it, kept from the appointment events.</summary>
public sealed class UpcomingAppointment
{
    public Guid AppointmentId { get; set; }

    public Guid PatientId { get; set; }

    public string DoctorName { get; set; } = "";

    public string DoctorTimeZone { get; set; } = "";

    public DateTimeOffset StartsAt { get; set; }

    public AppointmentStatus Status { get; set; }

    /// <summary>When the reminder goes out; null when none is due (cancelled, or booked within the lead time).</summary>
    public DateTimeOffset? ReminderDueAt { get; set; }

    /// <summary>Names the reminder for the delivery log; a new one each time the reminder is armed, so a moved appointment is reminded again.</summary>
    public Guid ReminderId { get; set; }

    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>When the last applied event happened; an older event arriving late changes nothing.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
