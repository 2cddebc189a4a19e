namespace Pms.Bench.Load;

/// <summary>Something measured beside a step's load over exactly its measured window (CPU, database work).</summary>
public interface IStepProbe
{
    Task MeasureStartedAsync(CancellationToken cancellationToken);

    Task MeasureEndedAsync(CancellationToken cancellationToken);

    /// <summary>Adds this probe's figures, per operation where that makes sense, to the step's extras.</summary>
    void AddFigures(StepResult result);
}
