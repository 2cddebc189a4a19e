using Pms.Testing;
using Pms.Notifications.IntegrationEvents.Handlers;
using Pms.Notifications.Model;
using Pms.Notifications.Tests.Infrastructure;

namespace Pms.Notifications.Tests;

public sealed class AppointmentNotificationTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset InThreeDays = NotificationsHarness.Start.AddDays(3);

    [TimedFact]
    public async Task ABookingDeliveredTwiceIsConfirmedOnceByEmailAndSms()
    {
        await using var harness = await NotificationsHarness.StartAsync(postgres);
        var booked = Appointments.Booked(await harness.PatientAsync(), InThreeDays);

        await harness.DeliverAsync(booked);
        await harness.DeliverAsync(booked);

        var confirmations = await harness.DeliveriesAsync(AppointmentNotificationHandler.Booked);
        Assert.Equal([Channel.Email, Channel.Sms], confirmations.Select(delivery => delivery.Channel));
        Assert.Equal("Your appointment on Friday 4 December 2026, 08:00 (Europe/London) is booked", confirmations[0].Subject);
        Assert.Contains("with Ada Lovelace", confirmations[0].Body, StringComparison.Ordinal);
    }

    [TimedFact]
    public async Task ACancellationIsSentWithItsReason()
    {
        await using var harness = await NotificationsHarness.StartAsync(postgres);
        var booked = Appointments.Booked(await harness.PatientAsync(), InThreeDays);
        await harness.DeliverAsync(booked);

        await harness.DeliverAsync(Appointments.Cancelled(booked));

        var cancellations = await harness.DeliveriesAsync(AppointmentNotificationHandler.Cancelled);
        Assert.Equal([Channel.Email, Channel.Sms], cancellations.Select(delivery => delivery.Channel));
        Assert.Contains("Reason: Feeling better", cancellations[0].Body, StringComparison.Ordinal);
        Assert.Equal(AppointmentStatus.Cancelled, (await harness.AppointmentAsync(booked.AppointmentId)).Status);
    }

    [TimedFact]
    public async Task ARescheduleConfirmsTheNewTimeAndMovesTheReminder()
    {
        await using var harness = await NotificationsHarness.StartAsync(postgres);
        var booked = Appointments.Booked(await harness.PatientAsync(), InThreeDays);
        await harness.DeliverAsync(booked);
        var later = InThreeDays.AddDays(2);

        await harness.DeliverAsync(Appointments.Rescheduled(booked, later));

        var confirmation = (await harness.DeliveriesAsync(AppointmentNotificationHandler.Rescheduled))[0];
        Assert.Contains("from Friday 4 December 2026, 08:00 (Europe/London) to Sunday 6 December 2026, 08:00 (Europe/London)", confirmation.Body, StringComparison.Ordinal);
        harness.Clock.SetUtcNow(InThreeDays.AddHours(-23));
        Assert.Equal(0, await harness.ReminderJob().RemindBatchAsync(TestContext.Current.CancellationToken));
        harness.Clock.SetUtcNow(later.AddHours(-23));
        Assert.Equal(1, await harness.ReminderJob().RemindBatchAsync(TestContext.Current.CancellationToken));
    }

    [TimedFact]
    public async Task AnOldRescheduleArrivingAfterANewerOneDoesNotMoveTheAppointmentBack()
    {
        await using var harness = await NotificationsHarness.StartAsync(postgres);
        var booked = Appointments.Booked(await harness.PatientAsync(), InThreeDays);
        await harness.DeliverAsync(booked);
        var first = Appointments.Rescheduled(booked, InThreeDays.AddDays(1));
        var second = Appointments.Rescheduled(booked, InThreeDays.AddDays(2)) with { OccurredAt = first.OccurredAt.AddMinutes(1) };

        await harness.DeliverAsync(second);
        await harness.DeliverAsync(first);

        Assert.Equal(InThreeDays.AddDays(2), (await harness.AppointmentAsync(booked.AppointmentId)).StartsAt);
    }
}
