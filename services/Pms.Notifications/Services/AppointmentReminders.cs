using Pms.Notifications.Model;

namespace Pms.Notifications.Services;

/// <summary>
/// When an appointment's reminder is due. A booking made within the lead time gets none: its
/// confirmation goes out at the same moment and says the same.
/// </summary>
public static class AppointmentReminders
{
    public const string Template = "appointment-reminder";

    public static void Arm(UpcomingAppointment appointment, TimeSpan leadTime, DateTimeOffset now)
    {
        var due = appointment.StartsAt - leadTime;
        appointment.ReminderDueAt = due > now ? due : null;
        appointment.ReminderId = Guid.CreateVersion7();
        appointment.RemindedAt = null;
    }
}
