using Pms.Bench.Load;

namespace Pms.Bench.System;

/// <summary>CPU per operation of every part of the machine over a step's measured window.</summary>
public sealed class CpuProbe(CpuMeter meter) : IStepProbe
{
    private CpuReading? _start;
    private CpuReading? _end;

    public Task MeasureStartedAsync(CancellationToken cancellationToken)
    {
        _start = meter.Read();
        return Task.CompletedTask;
    }

    public Task MeasureEndedAsync(CancellationToken cancellationToken)
    {
        _end = meter.Read();
        return Task.CompletedTask;
    }

    public void AddFigures(StepResult result)
    {
        if (_start is null || _end is null)
        {
            return;
        }

        foreach (var (name, value) in _end.Since(_start, result.Succeeded + result.FailureCount))
        {
            result.Extras[name] = value;
        }
    }
}
