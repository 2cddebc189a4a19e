using HdrHistogram;

namespace Pms.Bench.Load;

/// <summary>Latencies in microseconds, from 1 µs to 2 minutes at three significant digits; safe to record from any thread.</summary>
public sealed class LatencyHistogram
{
    private static readonly long HighestTrackableMicroseconds = (long)TimeSpan.FromMinutes(2).TotalMicroseconds;

    private readonly LongConcurrentHistogram _histogram = new(1, HighestTrackableMicroseconds, 3);

    public void Record(TimeSpan latency) =>
        _histogram.RecordValue(Math.Clamp((long)latency.TotalMicroseconds, 1, HighestTrackableMicroseconds));

    public LatencySummary Summarize() => _histogram.TotalCount == 0
        ? LatencySummary.Empty
        : new LatencySummary(
            _histogram.TotalCount,
            Milliseconds(_histogram.GetValueAtPercentile(50)),
            Milliseconds(_histogram.GetValueAtPercentile(95)),
            Milliseconds(_histogram.GetValueAtPercentile(99)),
            Milliseconds(_histogram.GetMaxValue()),
            _histogram.GetMean() / 1000);

    private static double Milliseconds(long microseconds) => microseconds / 1000.0;
}
