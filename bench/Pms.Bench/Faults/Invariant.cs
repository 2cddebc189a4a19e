namespace Pms.Bench.Faults;

/// <summary>One property the system must keep whatever the faults: how many things were checked, and which broke it.</summary>
/// <remarks>An informational row counts what is measured rather than forbidden; it never fails the run.</remarks>
public sealed record Invariant(string Name, int Checked, IReadOnlyList<string> Violations, bool Informational = false)
{
    private const int ExamplesKept = 5;

    public bool Holds => Informational || Violations.Count == 0;

    public IReadOnlyList<string> Examples => [.. Violations.Take(ExamplesKept)];

    public static Invariant Of(string name, int checkedCount, IEnumerable<string> violations) => new(name, checkedCount, [.. violations]);
}
