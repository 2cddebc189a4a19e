using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pms.Bench.Load;

/// <summary>One step of open-loop load while it runs: the dispatcher's schedule and what the operations came to.</summary>
internal sealed class StepRun(LoadStep step, Func<OperationContext, Task<Outcome>> operation, CancellationToken cancellationToken)
{
    private readonly LatencyHistogram _latency = new();
    private readonly LatencyHistogram _dispatchLag = new();
    private readonly ConcurrentDictionary<string, LatencyHistogram> _laps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _failures = new(StringComparer.Ordinal);
    private long _inFlight;
    private long _scheduled;
    private long _succeeded;
    private long _completedInWindow;
    private long _measureFrom;
    private long _end;

    public TaskCompletionSource Dispatched { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentBag<Task> Operations { get; } = [];

    public void Dispatch()
    {
        try
        {
            var interval = Stopwatch.Frequency / step.RatePerSecond;
            var start = Stopwatch.GetTimestamp();
            _measureFrom = start + (long)(step.WarmUp.TotalSeconds * Stopwatch.Frequency);
            _end = _measureFrom + (long)(step.Duration.TotalSeconds * Stopwatch.Frequency);
            for (long index = 0; !cancellationToken.IsCancellationRequested; index++)
            {
                var scheduled = start + (long)(index * interval);
                if (scheduled >= _end)
                {
                    break;
                }

                PreciseSleep.Until(scheduled);
                var measured = scheduled >= _measureFrom;
                if (measured)
                {
                    _scheduled++;
                    _dispatchLag.Record(Stopwatch.GetElapsedTime(scheduled));
                }

                if (Interlocked.Read(ref _inFlight) >= step.MaxInFlight)
                {
                    if (measured)
                    {
                        CountFailure(OpenLoopRunner.Dropped);
                    }

                    continue;
                }

                Interlocked.Increment(ref _inFlight);
                var operationIndex = index;
                Operations.Add(Task.Run(() => ExecuteAsync(operationIndex, scheduled, measured), CancellationToken.None));
            }

            Dispatched.SetResult();
        }
        catch (Exception exception)
        {
            Dispatched.SetException(exception);
        }
    }

    private async Task ExecuteAsync(long index, long scheduled, bool measured)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(step.Timeout);
        var context = new OperationContext(index, scheduled, measured ? Lap : null, timeout.Token);
        Outcome outcome;
        try
        {
            outcome = await operation(context);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            outcome = Outcome.Failed(OpenLoopRunner.TimedOut);
        }
        catch (HttpRequestException exception)
        {
            outcome = Outcome.Failed($"connection: {exception.HttpRequestError}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            outcome = Outcome.Failed(exception.GetType().Name);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }

        var completed = Stopwatch.GetTimestamp();
        if (!measured)
        {
            return;
        }

        if (!outcome.Succeeded)
        {
            CountFailure(outcome.Failure!);
            return;
        }

        _latency.Record(Stopwatch.GetElapsedTime(scheduled, completed));
        Interlocked.Increment(ref _succeeded);
        if (completed <= _end)
        {
            Interlocked.Increment(ref _completedInWindow);
        }
    }

    private LatencyHistogram Lap(string name) => _laps.GetOrAdd(name, _ => new LatencyHistogram());

    private void CountFailure(string kind) => _failures.AddOrUpdate(kind, 1, (_, count) => count + 1);

    public StepResult Result() => new(
        step.Label,
        step.RatePerSecond,
        step.Duration.TotalSeconds,
        _scheduled,
        _succeeded,
        new SortedDictionary<string, long>(_failures, StringComparer.Ordinal),
        _completedInWindow / step.Duration.TotalSeconds,
        _latency.Summarize(),
        _dispatchLag.Summarize().P99,
        _laps.ToDictionary(lap => lap.Key, lap => lap.Value.Summarize(), StringComparer.Ordinal));
}
