using Pms.Testing;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Pms.Notifications.Model;
using Pms.Notifications.Sending;
using Pms.Notifications.Tests.Infrastructure;

namespace Pms.Notifications.Tests;

/// <summary>
/// A message is sent as soon as it is committed, not at the dispatcher's next tick: here the tick is ten minutes away,
/// so only the database's notification can have woken the dispatcher.
/// </summary>
public sealed class DispatcherWakeUpTests : IAsyncLifetime
{
    private readonly NotificationsApp _app = new(new Dictionary<string, string> { ["Notifications:DispatchInterval"] = "00:10:00" });

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [TimedFact]
    public async Task ACommittedMessageWakesTheDispatcher()
    {
        var patientId = await _app.RegisterAsync("+1 (202) 555-0143");

        var delivery = await _app.SmsOnceAsync(patientId, DeliveryStatus.Sent);

        Assert.Equal(1, delivery.Attempts);
    }

    [TimedFact]
    public async Task ALostListenerConnectionIsLoggedCountedAndReplaced()
    {
        using var failures = new MetricCollector<long>(_app.Services.GetRequiredService<IMeterFactory>(), NotificationsMeter.Name, PendingDeliveryListener.ListenerFailures);
        await _app.RegisterAsync("+1 (202) 555-0143");

        await using (var db = _app.Db())
        {
            var terminated = await db.Database
                .SqlQuery<bool>($"SELECT pg_terminate_backend(pid) AS \"Value\" FROM pg_stat_activity WHERE application_name = {PendingDeliveryListener.ApplicationName}")
                .ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal([true], terminated);
        }

        await failures.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(10));
        var patientId = await _app.RegisterAsync("+1 (202) 555-0199");
        var delivery = await _app.SmsOnceAsync(patientId, DeliveryStatus.Sent);

        Assert.Equal(1, delivery.Attempts);
        Assert.Contains(_app.Logs.GetSnapshot(), record => record.Level == LogLevel.Warning && record.Category == typeof(PendingDeliveryListener).FullName);
    }
}
