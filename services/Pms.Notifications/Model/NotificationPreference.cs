namespace Pms.Notifications.Model;

/// <summary>A patient's choice for non-essential messages; essential ones (money and appointments) always go out.</summary>
public sealed class NotificationPreference
{
    public Guid PatientId { get; set; }

    public bool Email { get; set; } = true;

    public bool Sms { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }
}
