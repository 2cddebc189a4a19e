using Microsoft.Extensions.Options;
using Pms.Contracts.Events;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Model;
using Pms.Notifications.Services;

namespace Pms.Notifications.IntegrationEvents.Handlers;

/// <summary>
/// Confirms bookings, moves and cancellations, and keeps the appointments the reminders are sent from.
/// Appointment messages are essential: a patient who turned off other messages still needs to know when to come.
/// </summary>
[AwaitsPatientContact]
public static class AppointmentNotificationHandler
{
    public const string Booked = "appointment-booked";
    public const string Rescheduled = "appointment-rescheduled";
    public const string Cancelled = "appointment-cancelled";

    public static async Task Handle(
        AppointmentBooked booked, NotificationDbContext db, DeliveryPlanner planner, IOptions<NotificationOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await db.Appointments.FindAsync([booked.AppointmentId], cancellationToken) is null)
        {
            var appointment = new UpcomingAppointment
            {
                AppointmentId = booked.AppointmentId,
                PatientId = booked.PatientId,
                DoctorName = booked.DoctorName,
                DoctorTimeZone = booked.DoctorTimeZone,
                StartsAt = booked.StartsAt,
                Status = AppointmentStatus.Booked,
                UpdatedAt = booked.OccurredAt,
            };
            AppointmentReminders.Arm(appointment, options.Value.AppointmentReminderLeadTime, clock.GetUtcNow());
            db.Appointments.Add(appointment);
        }

        await planner.PlanAsync(booked, booked.PatientId, Booked, essential: true,
            MessageModels.Appointment(booked.DoctorName, booked.DoctorTimeZone, booked.StartsAt), cancellationToken);
    }

    public static async Task Handle(
        AppointmentRescheduled rescheduled, NotificationDbContext db, DeliveryPlanner planner, IOptions<NotificationOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.FindAsync([rescheduled.AppointmentId], cancellationToken);
        if (appointment is null)
        {
            appointment = new UpcomingAppointment
            {
                AppointmentId = rescheduled.AppointmentId,
                PatientId = rescheduled.PatientId,
                Status = AppointmentStatus.Booked,
            };
            db.Appointments.Add(appointment);
        }

        if (appointment.Status == AppointmentStatus.Booked && appointment.UpdatedAt < rescheduled.OccurredAt)
        {
            appointment.DoctorName = rescheduled.DoctorName;
            appointment.DoctorTimeZone = rescheduled.DoctorTimeZone;
            appointment.StartsAt = rescheduled.StartsAt;
            appointment.UpdatedAt = rescheduled.OccurredAt;
            AppointmentReminders.Arm(appointment, options.Value.AppointmentReminderLeadTime, clock.GetUtcNow());
        }

        var values = MessageModels.Appointment(rescheduled.DoctorName, rescheduled.DoctorTimeZone, rescheduled.StartsAt);
        values["previous_starts_at"] = AppointmentTimes.Describe(rescheduled.PreviousStartsAt, rescheduled.DoctorTimeZone);
        await planner.PlanAsync(rescheduled, rescheduled.PatientId, Rescheduled, essential: true, values, cancellationToken);
    }

    public static async Task Handle(AppointmentCancelled cancelled, NotificationDbContext db, DeliveryPlanner planner, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.FindAsync([cancelled.AppointmentId], cancellationToken);
        if (appointment is null)
        {
            appointment = new UpcomingAppointment
            {
                AppointmentId = cancelled.AppointmentId,
                PatientId = cancelled.PatientId,
                DoctorName = cancelled.DoctorName,
                DoctorTimeZone = cancelled.DoctorTimeZone,
                StartsAt = cancelled.StartsAt,
            };
            db.Appointments.Add(appointment);
        }

        // A cancellation is final: no later-arriving booking or move brings the reminder back.
        appointment.Status = AppointmentStatus.Cancelled;
        appointment.ReminderDueAt = null;
        if (appointment.UpdatedAt < cancelled.OccurredAt)
        {
            appointment.UpdatedAt = cancelled.OccurredAt;
        }

        var values = MessageModels.Appointment(cancelled.DoctorName, cancelled.DoctorTimeZone, cancelled.StartsAt);
        values["reason"] = cancelled.Reason;
        await planner.PlanAsync(cancelled, cancelled.PatientId, Cancelled, essential: true, values, cancellationToken);
    }
}
