using System.Diagnostics.Metrics;
using Npgsql;
using Pms.Contracts;

namespace Pms.Notifications.Sending;

/// <summary>
/// Listens on the database for messages committed for sending (a trigger on <c>Deliveries</c> notifies at each commit that
/// inserted some) and wakes the dispatcher, so a message goes out as soon as it exists instead of at the next tick. While
/// the connection is down the dispatcher's tick still sends everything, later; each lost connection is logged and counted.
/// </summary>
public sealed partial class PendingDeliveryListener(
    IConfiguration configuration, PendingDeliverySignal signal, IMeterFactory meters, ILogger<PendingDeliveryListener> logger) : BackgroundService
{
    public const string Channel = "pending_deliveries";

    /// <summary>How the listener's connection names itself to PostgreSQL (<c>pg_stat_activity</c>).</summary>
    public const string ApplicationName = "pms-pending-delivery-listener";

    public const string ListenerFailures = "pms.notifications.listener_failures";

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    private readonly Counter<long> _failures = meters.Create(NotificationsMeter.Name)
        .CreateCounter<long>(ListenerFailures, "{failure}", "Lost connections of the listener that wakes the dispatcher; messages wait for the dispatcher's tick meanwhile.");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString(ResourceNames.NotificationDatabase)
            ?? throw new InvalidOperationException($"No connection string {ResourceNames.NotificationDatabase}.");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                _failures.Add(1);
                LogListenerLost(logger, exception);
                await Task.Delay(ReconnectDelay, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 15, ApplicationName = ApplicationName }.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, _) => signal.Raise();
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Whatever was committed before the listener started is the tick's to find; look once now as well.
        signal.Raise();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The listener that wakes the dispatcher lost its connection; messages wait for the dispatcher's tick until it reconnects")]
    private static partial void LogListenerLost(ILogger logger, Exception exception);
}
