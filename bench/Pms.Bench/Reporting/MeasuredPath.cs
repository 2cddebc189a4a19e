using Pms.Bench.Load;

namespace Pms.Bench.Reporting;

/// <summary>
/// One request path at a light, held load: its latency and where its CPU went, so the report can
/// rank the slowest paths and say what dominates each.
/// </summary>
public sealed record MeasuredPath(
    string Name, string Step, double OfferedPerSecond, LatencySummary Latency, IReadOnlyDictionary<string, double> CpuMillisecondsPerOperation)
{
    public static MeasuredPath From(string name, StepResult step) => new(
        name,
        step.Label,
        step.OfferedPerSecond,
        step.Latency,
        step.Extras.Where(extra => extra.Key.StartsWith(CpuPrefix, StringComparison.Ordinal))
            .ToDictionary(extra => extra.Key[CpuPrefix.Length..], extra => extra.Value, StringComparer.Ordinal));

    /// <summary>The same path with each part's background work (CPU ms per second at rest, spread over this path's rate) taken off.</summary>
    public MeasuredPath LessRest(IReadOnlyDictionary<string, double> restPerSecond) => this with
    {
        CpuMillisecondsPerOperation = CpuMillisecondsPerOperation.ToDictionary(
            part => part.Key,
            part => OfferedPerSecond > 0 ? Math.Max(0, part.Value - restPerSecond.GetValueOrDefault(part.Key) / OfferedPerSecond) : part.Value,
            StringComparer.Ordinal),
    };

    private const string CpuPrefix = "cpu ms/op: ";
}
