using Pms.Bench.Load;

namespace Pms.Bench.Reporting;

public sealed record LatencyRow(string Label, LatencySummary Latency);
