using System.Diagnostics;
using Pms.Bench.Load;

namespace Pms.Bench.System;

/// <summary>
/// Runs large transfers one at a time, not open-loop: each is timed on its own, and beside each batch
/// go CPU per transfer by process (less what each process used at rest just before), and one
/// process's allocations (its runtime counters) and highest working set.
/// </summary>
public sealed class TransferRunner : IAsyncDisposable
{
    private const double Megabyte = 1024 * 1024;
    private const string CpuPrefix = "cpu ms/op: ";
    private static readonly TimeSpan Rest = TimeSpan.FromSeconds(3);

    private readonly CpuMeter _meter;
    private readonly int _watchedPid;
    private readonly RuntimeCounters _counters;
    private readonly TimeSpan _timeout;
    private IReadOnlyDictionary<string, double> _restPerSecond = new Dictionary<string, double>();
    private DateTime _restEnded;

    /// <summary>The watched process's working set at rest, before the first batch, in MB.</summary>
    public double RestWorkingSetMegabytes { get; private set; }

    private TransferRunner(CpuMeter meter, int watchedPid, TimeSpan timeout)
    {
        _meter = meter;
        _watchedPid = watchedPid;
        _timeout = timeout;
        _counters = RuntimeCounters.Start(watchedPid);
    }

    /// <summary>Starts counting the process <paramref name="watchedPid"/> and measures the machine at rest.</summary>
    public static async Task<TransferRunner> StartAsync(CpuMeter meter, int watchedPid, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var runner = new TransferRunner(meter, watchedPid, timeout);
        try
        {
            var before = meter.Read();
            var clock = Stopwatch.StartNew();
            await Task.Delay(Rest, cancellationToken);
            var used = meter.Read().Since(before, 1);
            runner._restPerSecond = used.Where(part => part.Key.StartsWith(CpuPrefix, StringComparison.Ordinal))
                .ToDictionary(part => part.Key[CpuPrefix.Length..], part => part.Value / clock.Elapsed.TotalSeconds, StringComparer.Ordinal);
            runner._restEnded = DateTime.UtcNow;
            runner.RestWorkingSetMegabytes = ProcessTable.ResidentBytes(watchedPid) / Megabyte;
            return runner;
        }
        catch
        {
            await runner.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="count"/> transfers of <paramref name="bytesEach"/> bytes in turn. A transfer
    /// gets its number and its running clock, which it may stop before checking what it received.
    /// </summary>
    public async Task<TransferResult> RunAsync(
        string label, int count, long bytesEach, Func<int, Stopwatch, CancellationToken, Task<Outcome>> transfer, CancellationToken cancellationToken)
    {
        var latency = new LatencyHistogram();
        var failures = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var moving = TimeSpan.Zero;
        long moved = 0;
        using var peak = ResidentPeak.Start(_watchedPid);
        var started = DateTime.UtcNow;
        var cpuBefore = _meter.Read();
        var batch = Stopwatch.StartNew();
        for (var number = 0; number < count; number++)
        {
            var outcome = await TimedAsync(transfer, number, cancellationToken);
            if (outcome.Outcome.Succeeded)
            {
                latency.Record(outcome.Took);
                moving += outcome.Took;
                moved += bytesEach;
            }
            else
            {
                failures[outcome.Outcome.Failure!] = failures.GetValueOrDefault(outcome.Outcome.Failure!) + 1;
            }
        }

        var took = batch.Elapsed;
        var cpu = _meter.Read().Since(cpuBefore, Math.Max(1, count));
        var peakBytes = await peak.StopAsync();
        var allocated = await _counters.AllocatedDuringAsync(_restEnded, started, DateTime.UtcNow, cancellationToken);
        return new TransferResult(
            label,
            count,
            latency.Summarize(),
            failures,
            moving > TimeSpan.Zero ? moved / Megabyte / moving.TotalSeconds : double.NaN,
            cpu.Where(part => part.Key.StartsWith(CpuPrefix, StringComparison.Ordinal)).ToDictionary(
                part => part.Key[CpuPrefix.Length..],
                part => Math.Max(0, part.Value - (_restPerSecond.GetValueOrDefault(part.Key[CpuPrefix.Length..]) * took.TotalSeconds / Math.Max(1, count))),
                StringComparer.Ordinal),
            allocated / Megabyte / Math.Max(1, count),
            peakBytes / Megabyte);
    }

    public ValueTask DisposeAsync() => _counters.DisposeAsync();

    private async Task<(Outcome Outcome, TimeSpan Took)> TimedAsync(
        Func<int, Stopwatch, CancellationToken, Task<Outcome>> transfer, int number, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            var outcome = await transfer(number, clock, timeout.Token);
            clock.Stop();
            return (outcome, clock.Elapsed);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (Outcome.Failed(OpenLoopRunner.TimedOut), clock.Elapsed);
        }
        catch (HttpRequestException exception)
        {
            return (Outcome.Failed($"connection: {exception.HttpRequestError}"), clock.Elapsed);
        }
    }
}
