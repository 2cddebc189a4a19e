using Pms.Bench.Load;

namespace Pms.Bench.Reporting;

public static class Ladder
{
    /// <summary>The highest rate of a climb that held, said plainly.</summary>
    public static string HighestHeld(IReadOnlyList<StepResult> steps, double p99LimitMilliseconds)
    {
        var held = steps.TakeWhile(step => step.Holds(p99LimitMilliseconds)).LastOrDefault();
        if (held is null)
        {
            return $"none: the lowest rate tried, {Numbers.Rate(steps[0].OfferedPerSecond)}/s, did not hold";
        }

        return ReferenceEquals(held, steps[^1])
            ? $"{Numbers.Rate(held.OfferedPerSecond)}/s or more (the highest rate tried held)"
            : $"{Numbers.Rate(held.OfferedPerSecond)}/s (broke at {Numbers.Rate(steps[steps.ToList().IndexOf(held) + 1].OfferedPerSecond)}/s)";
    }
}
