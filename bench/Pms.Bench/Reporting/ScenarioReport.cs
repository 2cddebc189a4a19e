namespace Pms.Bench.Reporting;

/// <summary>One scenario's answer: its headline figures, its step tables, and what to keep in mind reading them.</summary>
public sealed record ScenarioReport(int Number, string Title, string Question)
{
    public List<KeyFigure> Figures { get; } = [];

    public List<StepTable> Steps { get; } = [];

    public List<LatencyTable> Latencies { get; } = [];

    public List<ValueTable> Values { get; } = [];

    /// <summary>The paths this scenario timed, for the ranking of the slowest.</summary>
    public List<MeasuredPath> Paths { get; } = [];

    public List<string> Notes { get; } = [];

    public void Figure(string name, string value) => Figures.Add(new KeyFigure(name, value));
}
