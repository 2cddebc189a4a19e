namespace Pms.Notifications.Model;

public enum AppointmentStatus
{
    Booked,
    Cancelled,
}
