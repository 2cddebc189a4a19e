namespace Pms.KafkaBroker.Faults;

/// <summary>
/// Faults injected into the running mock broker for a while: down, slow, or failing produce requests.
/// A timed fault ends by itself; a new fault of the same kind replaces the one in force.
/// </summary>
public sealed partial class BrokerFaults(MockBrokerService broker, TimeProvider clock, ILogger<BrokerFaults> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private ITimer? _bringUp;
    private ITimer? _restoreRoundTrip;

    public void TakeDown(TimeSpan duration)
    {
        lock (_gate)
        {
            _bringUp?.Dispose();
            broker.Cluster.SetBrokerDown(MockBrokerService.BrokerId);
            _bringUp = clock.CreateTimer(_ => BringUp(), null, duration, Timeout.InfiniteTimeSpan);
        }

        LogDown(logger, duration.TotalSeconds);
    }

    public void AddLatency(TimeSpan roundTrip, TimeSpan duration)
    {
        lock (_gate)
        {
            _restoreRoundTrip?.Dispose();
            broker.Cluster.SetBrokerRoundTrip(MockBrokerService.BrokerId, roundTrip);
            _restoreRoundTrip = clock.CreateTimer(_ => RestoreRoundTrip(), null, duration, Timeout.InfiniteTimeSpan);
        }

        LogLatency(logger, roundTrip.TotalMilliseconds, duration.TotalSeconds);
    }

    public void FailProduceRequests(string topic, int errorCode, int count)
    {
        broker.Cluster.FailProduceRequests(errorCode, count);
        LogProduceErrors(logger, count, errorCode, topic);
    }

    public void Dispose()
    {
        _bringUp?.Dispose();
        _restoreRoundTrip?.Dispose();
    }

    private void BringUp()
    {
        lock (_gate)
        {
            broker.Cluster.SetBrokerUp(MockBrokerService.BrokerId);
        }

        LogUp(logger);
    }

    private void RestoreRoundTrip()
    {
        lock (_gate)
        {
            broker.Cluster.SetBrokerRoundTrip(MockBrokerService.BrokerId, TimeSpan.Zero);
        }

        LogLatencyEnded(logger);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fault: the broker is down for {Seconds} s")]
    private static partial void LogDown(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fault ended: the broker is up")]
    private static partial void LogUp(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fault: the broker answers {Milliseconds} ms late for {Seconds} s")]
    private static partial void LogLatency(ILogger logger, double milliseconds, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fault ended: the broker answers without added latency")]
    private static partial void LogLatencyEnded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fault: the next {Count} produce requests fail with Kafka error {ErrorCode} (requested for topic {Topic})")]
    private static partial void LogProduceErrors(ILogger logger, int count, int errorCode, string topic);
}
