namespace Pms.Bench.Reporting;

public sealed record KeyFigure(string Name, string Value);
