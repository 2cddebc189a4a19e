namespace Pms.Bench.Reporting;

/// <summary>Everything one invocation measured, with the machine and settings it was measured on.</summary>
public sealed record BenchReport(
    string Profile,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    MachineInfo Machine,
    IReadOnlyList<KeyFigure> Settings,
    IReadOnlyList<ScenarioReport> Scenarios,
    IReadOnlyList<string> Notes);
