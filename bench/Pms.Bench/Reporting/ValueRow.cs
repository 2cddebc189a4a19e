namespace Pms.Bench.Reporting;

public sealed record ValueRow(string Label, IReadOnlyList<string> Values);
