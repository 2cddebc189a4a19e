using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pms.Contracts.Events;
using Pms.Notifications.IntegrationEvents.Handlers;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Model;
using Pms.Notifications.Services;
using Pms.ServiceDefaults.Phones;

namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>
/// notification-service's planning side on a database of its own: the appointment handlers run as
/// Wolverine runs them (one scope and one save per delivery of an event), the reminder job as its
/// timer runs it, on a clock the test moves.
/// </summary>
public sealed class NotificationsHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private NotificationsHarness(string connectionString, TimeSpan leadTime)
    {
        var services = new ServiceCollection();
        services.AddDbContext<NotificationDbContext>(options => options.UseNpgsql(connectionString));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Options.Create(new NotificationOptions { AppointmentReminderLeadTime = leadTime }));
        services.AddSingleton(Options.Create(new PhoneOptions()));
        services.AddSingleton<TemplateRenderer>();
        services.AddScoped<DeliveryPlanner>();
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public static async Task<NotificationsHarness> StartAsync(PostgresServer postgres, TimeSpan? leadTime = null) =>
        new(await postgres.CreateMigratedDatabaseAsync(), leadTime ?? TimeSpan.FromHours(24));

    /// <summary>A patient with both an email address and a phone number, so every message goes out twice.</summary>
    public async Task<Guid> PatientAsync()
    {
        var patientId = Guid.NewGuid();
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        db.Contacts.Add(new PatientContact
        {
            PatientId = patientId, FirstName = "Ama", LastName = "Owusu", Email = "ama@example.org", PhoneNumber = "+447700900123", UpdatedAt = Start,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return patientId;
    }

    public Task DeliverAsync(AppointmentBooked booked) => InScopeAsync(services => AppointmentNotificationHandler.Handle(
        booked, Db(services), Planner(services), Settings(services), Clock, TestContext.Current.CancellationToken));

    public Task DeliverAsync(AppointmentRescheduled rescheduled) => InScopeAsync(services => AppointmentNotificationHandler.Handle(
        rescheduled, Db(services), Planner(services), Settings(services), Clock, TestContext.Current.CancellationToken));

    public Task DeliverAsync(AppointmentCancelled cancelled) => InScopeAsync(services => AppointmentNotificationHandler.Handle(
        cancelled, Db(services), Planner(services), TestContext.Current.CancellationToken));

    /// <summary>A reminder job of its own, as another instance of the service would have.</summary>
    public AppointmentReminderJob ReminderJob() => new(
        _services.GetRequiredService<IServiceScopeFactory>(), Settings(_services), Clock, NullLogger<AppointmentReminderJob>.Instance);

    public async Task<List<Delivery>> DeliveriesAsync(string template)
    {
        await using var scope = _services.CreateAsyncScope();
        return await Db(scope.ServiceProvider).Deliveries.AsNoTracking()
            .Where(delivery => delivery.Template == template)
            .OrderBy(delivery => delivery.Channel)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<UpcomingAppointment> AppointmentAsync(Guid appointmentId)
    {
        await using var scope = _services.CreateAsyncScope();
        return await Db(scope.ServiceProvider).Appointments.AsNoTracking()
            .SingleAsync(appointment => appointment.AppointmentId == appointmentId, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private async Task InScopeAsync(Func<IServiceProvider, Task> handle)
    {
        await using var scope = _services.CreateAsyncScope();
        await handle(scope.ServiceProvider);
        await Db(scope.ServiceProvider).SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static NotificationDbContext Db(IServiceProvider services) => services.GetRequiredService<NotificationDbContext>();

    private static DeliveryPlanner Planner(IServiceProvider services) => services.GetRequiredService<DeliveryPlanner>();

    private static IOptions<NotificationOptions> Settings(IServiceProvider services) => services.GetRequiredService<IOptions<NotificationOptions>>();
}
