namespace Pms.Bench.Load;

/// <summary>
/// Open-loop load: a dispatcher thread starts operation <c>n</c> at <c>start + n / rate</c> whether
/// or not earlier ones have answered, and latency runs from that scheduled time, so a slow answer
/// cannot hide the queue behind it (no coordinated omission). Operations beyond the in-flight cap
/// are not sent and count as dropped.
/// </summary>
public static class OpenLoopRunner
{
    public const string Dropped = "dropped (in-flight cap)";
    public const string TimedOut = "timeout";

    public static async Task<StepResult> RunAsync(
        LoadStep step, Func<OperationContext, Task<Outcome>> operation, IReadOnlyList<IStepProbe> probes, CancellationToken cancellationToken)
    {
        var run = new StepRun(step, operation, cancellationToken);
        var dispatcher = new Thread(run.Dispatch) { IsBackground = true, Name = $"open-loop {step.Label}" };
        dispatcher.Start();
        if (probes.Count > 0)
        {
            await Task.Delay(step.WarmUp, cancellationToken);
            await Task.WhenAll(probes.Select(probe => probe.MeasureStartedAsync(cancellationToken)));
            await Task.Delay(step.Duration, cancellationToken);
            await Task.WhenAll(probes.Select(probe => probe.MeasureEndedAsync(cancellationToken)));
        }

        await run.Dispatched.Task;
        await Task.WhenAll(run.Operations);
        var result = run.Result();
        foreach (var probe in probes)
        {
            probe.AddFigures(result);
        }

        return result;
    }
}
