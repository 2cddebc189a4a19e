namespace Pms.Bench.System;

/// <summary>The highest working set (VmRSS) one process reaches while it is sampled, read from <c>/proc</c> every 20 ms.</summary>
public sealed class ResidentPeak : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly PeriodicTimer _timer = new(Interval);
    private readonly Task<long> _sampling;

    private ResidentPeak(int pid) => _sampling = SampleAsync(pid, _timer);

    public static ResidentPeak Start(int pid) => new(pid);

    /// <summary>Stops sampling; returns the highest working set seen, in bytes.</summary>
    public Task<long> StopAsync()
    {
        Dispose();
        return _sampling;
    }

    /// <summary>Stops sampling: a disposed timer ends the wait for its next tick.</summary>
    public void Dispose() => _timer.Dispose();

    private static async Task<long> SampleAsync(int pid, PeriodicTimer timer)
    {
        var peak = ProcessTable.ResidentBytes(pid);
        while (await timer.WaitForNextTickAsync())
        {
            peak = Math.Max(peak, ProcessTable.ResidentBytes(pid));
        }

        return Math.Max(peak, ProcessTable.ResidentBytes(pid));
    }
}
