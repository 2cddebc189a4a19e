using Pms.Testing;
using Pms.Notifications.Model;
using Pms.Notifications.Services;
using Pms.Notifications.Tests.Infrastructure;

namespace Pms.Notifications.Tests;

public sealed class AppointmentReminderTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset InThreeDays = NotificationsHarness.Start.AddDays(3);

    [TimedFact]
    public async Task TheReminderGoesOutWhenTheLeadTimeIsReachedAndNotBefore()
    {
        await using var harness = await NotificationsHarness.StartAsync(postgres, leadTime: TimeSpan.FromHours(6));
        await harness.DeliverAsync(Appointments.Booked(await harness.PatientAsync(), InThreeDays));
        var job = harness.ReminderJob();

        harness.Clock.SetUtcNow(InThreeDays.AddHours(-6).AddSeconds(-1));
        await job.RemindBatchAsync(TestContext.Current.CancellationToken);
        Assert.Empty(await harness.DeliveriesAsync(AppointmentReminders.Template));

        harness.Clock.SetUtcNow(InThreeDays.AddHours(-6));
        await job.RemindBatchAsync(TestContext.Current.CancellationToken);
        var reminders = await harness.DeliveriesAsync(AppointmentReminders.Template);
        Assert.Equal([Channel.Email, Channel.Sms], reminders.Select(delivery => delivery.Channel));
        Assert.Equal("Reminder: your appointment on Friday 4 December 2026, 08:00 (Europe/London)", reminders[0].Subject);
    }

    [TimedFact]
    public async Task TheReminderIsPlannedOnceWhenTheJobRunsAgain()
    {
        await using var harness = await NotificationsHarness.StartAsync(postgres);
        await harness.DeliverAsync(Appointments.Booked(await harness.PatientAsync(), InThreeDays));
        harness.Clock.SetUtcNow(InThreeDays.AddHours(-1));

        await harness.ReminderJob().RemindBatchAsync(TestContext.Current.CancellationToken);
        await harness.ReminderJob().RemindBatchAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, (await harness.DeliveriesAsync(AppointmentReminders.Template)).Count);
    }

    [TimedFact]
    public async Task JobsRunningTogetherOnTheSameDueAppointmentsRemindEachOnce()
    {
        await using var harness = await NotificationsHarness.StartAsync(postgres);
        for (var i = 0; i < 30; i++)
        {
            await harness.DeliverAsync(Appointments.Booked(await harness.PatientAsync(), InThreeDays.AddMinutes(i)));
        }

        harness.Clock.SetUtcNow(InThreeDays.AddHours(-1));

        var claimed = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var job = harness.ReminderJob();
            var total = 0;
            int batch;
            while ((batch = await job.RemindBatchAsync(TestContext.Current.CancellationToken)) > 0)
            {
                total += batch;
            }

            return total;
        })));

        Assert.Equal(30, claimed.Sum());
        var reminders = await harness.DeliveriesAsync(AppointmentReminders.Template);
        Assert.Equal(60, reminders.Count);
        Assert.Equal(30, reminders.Select(delivery => delivery.PatientId).Distinct().Count());
    }

    [TimedFact]
    public async Task ACancelledAppointmentGetsNoReminder()
    {
        await using var harness = await NotificationsHarness.StartAsync(postgres);
        var booked = Appointments.Booked(await harness.PatientAsync(), InThreeDays);
        await harness.DeliverAsync(booked);
        await harness.DeliverAsync(Appointments.Cancelled(booked));
        harness.Clock.SetUtcNow(InThreeDays.AddHours(-1));

        Assert.Equal(0, await harness.ReminderJob().RemindBatchAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await harness.DeliveriesAsync(AppointmentReminders.Template));
    }

    [TimedFact]
    public async Task AnAppointmentBookedWithinTheLeadTimeGetsOnlyItsConfirmation()
    {
        await using var harness = await NotificationsHarness.StartAsync(postgres);
        await harness.DeliverAsync(Appointments.Booked(await harness.PatientAsync(), NotificationsHarness.Start.AddHours(3)));
        harness.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await harness.ReminderJob().RemindBatchAsync(TestContext.Current.CancellationToken));
    }

    [TimedFact]
    public async Task AMissedReminderIsNotSentAfterTheAppointmentHasStarted()
    {
        await using var harness = await NotificationsHarness.StartAsync(postgres);
        await harness.DeliverAsync(Appointments.Booked(await harness.PatientAsync(), InThreeDays));
        harness.Clock.SetUtcNow(InThreeDays);

        Assert.Equal(0, await harness.ReminderJob().RemindBatchAsync(TestContext.Current.CancellationToken));
    }
}
