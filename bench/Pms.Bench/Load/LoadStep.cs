namespace Pms.Bench.Load;

/// <summary>
/// One open-loop step: operations start at <see cref="RatePerSecond"/> whatever the answers do,
/// for a warm-up that is not counted and then for the measured <see cref="Duration"/>.
/// </summary>
public sealed record LoadStep(
    string Label,
    double RatePerSecond,
    TimeSpan WarmUp,
    TimeSpan Duration,
    TimeSpan Timeout,
    int MaxInFlight = 512);
