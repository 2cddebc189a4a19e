namespace Pms.Bench.Load;

/// <summary>
/// The figures of one step: what was offered, what was served, and how long it took. Failures
/// are counted by kind (HTTP status, timeout, refused connection, dropped at the in-flight cap).
/// </summary>
public sealed record StepResult(
    string Label,
    double OfferedPerSecond,
    double MeasuredSeconds,
    long Scheduled,
    long Succeeded,
    IReadOnlyDictionary<string, long> Failures,
    double ThroughputPerSecond,
    LatencySummary Latency,
    double DispatchLagP99Milliseconds,
    IReadOnlyDictionary<string, LatencySummary> Laps)
{
    public long FailureCount => Failures.Values.Sum();

    /// <summary>Figures measured beside the load: CPU per operation by process, allocations, database work.</summary>
    public Dictionary<string, double> Extras { get; init; } = [];

    /// <summary>False when the work this step set off downstream (events, emails) was still queued too long after it ended.</summary>
    public bool DownstreamKeptUp { get; set; } = true;

    /// <summary>Below this share of the offered rate served, the system is falling behind: its queue grows.</summary>
    public const double KeepingUp = 0.9;

    /// <summary>True when nothing failed, the system kept up with the offered rate and the 99th percentile stayed under the limit.</summary>
    public bool Holds(double p99LimitMilliseconds) =>
        FailureCount == 0 && Latency.Count > 0 && Latency.P99 < p99LimitMilliseconds && ThroughputPerSecond >= KeepingUp * OfferedPerSecond && DownstreamKeptUp;
}
