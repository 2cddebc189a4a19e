namespace Pms.Bench.Reporting;

/// <summary>Latency distributions that are not a step of their own: laps of an operation, event delays.</summary>
public sealed record LatencyTable(string Title, IReadOnlyList<LatencyRow> Rows);
