using Pms.Notifications.Model;
using Pms.Notifications.Services;

namespace Pms.Notifications.Tests;

public sealed class AppointmentRemindersTests
{
    private static readonly DateTimeOffset MidsummerNoonUtc = new(2026, 6, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheReminderIsDueTheLeadTimeBeforeTheStart()
    {
        var appointment = new UpcomingAppointment { StartsAt = MidsummerNoonUtc };

        AppointmentReminders.Arm(appointment, TimeSpan.FromHours(24), MidsummerNoonUtc.AddDays(-3));

        Assert.Equal(MidsummerNoonUtc.AddHours(-24), appointment.ReminderDueAt);
    }

    [Fact]
    public void RearmingGivesTheReminderANewIdentityAndClearsTheSentMark()
    {
        var appointment = new UpcomingAppointment { StartsAt = MidsummerNoonUtc, ReminderId = Guid.NewGuid(), RemindedAt = MidsummerNoonUtc.AddDays(-1) };
        var before = appointment.ReminderId;

        AppointmentReminders.Arm(appointment, TimeSpan.FromHours(24), MidsummerNoonUtc.AddDays(-3));

        Assert.NotEqual(before, appointment.ReminderId);
        Assert.Null(appointment.RemindedAt);
    }

    [Fact]
    public void NoReminderIsDueForABookingWithinTheLeadTime()
    {
        var appointment = new UpcomingAppointment { StartsAt = MidsummerNoonUtc };

        AppointmentReminders.Arm(appointment, TimeSpan.FromHours(24), MidsummerNoonUtc.AddHours(-24));

        Assert.Null(appointment.ReminderDueAt);
    }
}
