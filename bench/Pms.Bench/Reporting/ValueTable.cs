namespace Pms.Bench.Reporting;

/// <summary>Plain figures by row and column, such as working sets or allocations per process.</summary>
public sealed record ValueTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<ValueRow> Rows);
