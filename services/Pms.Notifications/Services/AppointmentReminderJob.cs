using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Notifications.Infrastructure;
using Pms.ServiceDefaults.Hosting;

namespace Pms.Notifications.Services;

/// <summary>
/// Plans each due appointment reminder once. A due row is claimed with SKIP LOCKED and marked
/// reminded in the same transaction that plans its messages, so several instances never remind twice
/// and a failure leaves the reminder due.
/// </summary>
public sealed partial class AppointmentReminderJob(
    IServiceScopeFactory scopes,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<AppointmentReminderJob> logger) : PeriodicJob(clock, logger)
{
    private const int BatchSize = 20;

    protected override TimeSpan Interval => options.Value.ReminderInterval;

    protected override string Work => "planning appointment reminders";

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        while (await RemindBatchAsync(cancellationToken) == BatchSize)
        {
        }
    }

    public async Task<int> RemindBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var planner = scope.ServiceProvider.GetRequiredService<DeliveryPlanner>();
        var now = Clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Appointments
            .FromSql($"""
                UPDATE "UpcomingAppointments" SET "RemindedAt" = {now}
                WHERE "AppointmentId" IN (SELECT "AppointmentId" FROM "UpcomingAppointments"
                                          WHERE "Status" = 'Booked' AND "RemindedAt" IS NULL AND "ReminderDueAt" <= {now} AND "StartsAt" > {now}
                                          ORDER BY "ReminderDueAt" LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        foreach (var appointment in due)
        {
            try
            {
                await planner.PlanAsync(appointment.ReminderId, appointment.PatientId, AppointmentReminders.Template, essential: true,
                    MessageModels.Appointment(appointment.DoctorName, appointment.DoctorTimeZone, appointment.StartsAt), cancellationToken);
            }
            catch (ContactNotYetKnownException)
            {
                LogNoContact(Logger, appointment.AppointmentId);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Appointment {AppointmentId} is due a reminder but its patient's contact details are not known; none is sent")]
    private static partial void LogNoContact(ILogger logger, Guid appointmentId);
}
