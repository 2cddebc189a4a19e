using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Tests.Infrastructure;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.Messaging.DeadLetters;
using Wolverine.Runtime;

namespace Pms.Notifications.Tests;

/// <summary>
/// An outbox message its sender never took and an inbox message its listener never took, as a node that lost what it held
/// leaves them (owned by the live node, so Wolverine does not touch them until it releases them as stale): both must be
/// counted and logged while they wait, and the count must fall back once they are gone.
/// </summary>
public sealed class OverdueMessageTests : IAsyncLifetime
{
    private readonly NotificationsApp _app = new(new Dictionary<string, string>
    {
        ["Messaging:OverdueAfter"] = "00:00:01",
        ["Messaging:OverdueCheckInterval"] = "00:00:00.2",
    });

    /// <summary>A logger's category names a generic type without its arguments.</summary>
    private static readonly string MonitorCategory = $"{typeof(OverdueMessageMonitor<>).Namespace}.{nameof(OverdueMessageMonitor<NotificationDbContext>)}";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task MessagesWaitingLongerThanOverdueAfterAreCountedAndLoggedOnceUntilTheyLeave()
    {
        var node = _app.Services.GetRequiredService<IWolverineRuntime>().Options.Durability.AssignedNodeNumber;
        var (unsent, unhandled) = (Guid.NewGuid(), Guid.NewGuid());
        using var gauge = new MetricCollector<long>(_app.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            DeadLetterMonitor.MeterName, "pms.messaging.overdue");
        await using var db = _app.Db();
        byte[] body = [0];
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO wolverine.wolverine_outgoing_envelopes (id, owner_id, destination, body, message_type)
            VALUES ({unsent}, {node}, 'kafka://topic/pms.audit', {body}, 'audit-recorded')
            """, Cancellation);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO wolverine.wolverine_incoming_envelopes (id, status, owner_id, body, message_type, received_at)
            VALUES ({unhandled}, 'Incoming', {node}, {body}, 'patient-registered', 'kafka://topic/pms.patients')
            """, Cancellation);

        var logged = await WaitForAsync(() => OverdueLines() is { Count: 2 } lines ? lines : null);
        var waiting = await WaitForAsync(() => Overdue(gauge) is { Count: 2 } counts && counts.Values.All(count => count == 1) ? counts : null);
        await db.Database.ExecuteSqlAsync($"DELETE FROM wolverine.wolverine_outgoing_envelopes WHERE id = {unsent}", Cancellation);
        await db.Database.ExecuteSqlAsync($"DELETE FROM wolverine.wolverine_incoming_envelopes WHERE id = {unhandled}", Cancellation);
        var gone = await WaitForAsync(() => Overdue(gauge) is { Count: 2 } counts && counts.Values.All(count => count == 0) ? counts : null);

        Assert.Contains(logged, line => line.Contains("in the outbox", StringComparison.Ordinal) && line.Contains("audit-recorded (kafka://topic/pms.audit)", StringComparison.Ordinal));
        Assert.Contains(logged, line => line.Contains("in the inbox", StringComparison.Ordinal) && line.Contains("patient-registered (kafka://topic/pms.patients)", StringComparison.Ordinal));
        Assert.Equal(new Dictionary<string, long> { ["outbox"] = 1, ["inbox"] = 1 }, waiting);
        Assert.Equal(2, OverdueLines().Count);
    }

    private List<string> OverdueLines() =>
        [.. _app.Logs.GetSnapshot().Where(record => record.Category == MonitorCategory).Select(record => record.Message)];

    private static Dictionary<string, long> Overdue(MetricCollector<long> gauge)
    {
        gauge.RecordObservableInstruments();
        return gauge.GetMeasurementSnapshot().GroupBy(measurement => (string)measurement.Tags["box"]!)
            .ToDictionary(box => box.Key, box => box.Last().Value);
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "Nothing came within 15 s.");
            await Task.Delay(100, Cancellation);
        }
    }
}
