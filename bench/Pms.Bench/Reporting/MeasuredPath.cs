using Pms.Bench.Load;

namespace Pms.Bench.Reporting;

/// <summary>
/// One request path at a light, held load: its latency and where its CPU went, so the report can
/// rank the slowest paths and say what dominates each.
/// </summary>
public sealed record MeasuredPath(string Name, string Step, LatencySummary Latency, IReadOnlyDictionary<string, double> CpuMillisecondsPerOperation)
{
    public static MeasuredPath From(string name, StepResult step) => new(
        name,
        step.Label,
        step.Latency,
        step.Extras.Where(extra => extra.Key.StartsWith(CpuPrefix, StringComparison.Ordinal))
            .ToDictionary(extra => extra.Key[CpuPrefix.Length..], extra => extra.Value, StringComparer.Ordinal));

    private const string CpuPrefix = "cpu ms/op: ";
}
