using System.Diagnostics;

namespace Pms.Bench.Load;

/// <summary>
/// What an operation knows of itself: its sequence number (to make its data unique), its
/// cancellation (the step's timeout) and laps, which time its parts into named histograms.
/// </summary>
public sealed class OperationContext(long index, long scheduledTimestamp, Func<string, LatencyHistogram>? laps, CancellationToken cancellationToken)
{
    private long _lapStart = scheduledTimestamp;

    public long Index => index;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Records the time since the previous lap (the first from the scheduled start) under <paramref name="name"/>.</summary>
    public void Lap(string name)
    {
        var now = Stopwatch.GetTimestamp();
        laps?.Invoke(name).Record(Stopwatch.GetElapsedTime(_lapStart, now));
        _lapStart = now;
    }
}
