using System.Globalization;
using System.Text;
using System.Text.Json;
using Pms.Bench.Reporting;

namespace Pms.Bench.Faults;

/// <summary>What a fault run saw: each fault and the clients' experience of it, recovery times, and every invariant with its count.</summary>
public sealed record FaultReport(
    FaultProfile Profile,
    DateTimeOffset StartedAt,
    DateTimeOffset LoadEndedAt,
    IReadOnlyList<string> Settings,
    IReadOnlyList<Operation> Operations,
    IReadOnlyList<FaultWindow> Faults,
    TimeSpan? SettledAfter,
    IReadOnlyList<Invariant> Invariants)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Every invariant held, every fault was recovered from and the system settled.</summary>
    public bool Passed => Invariants.All(invariant => invariant.Holds)
        && Faults.All(fault => fault.ServingAgainAfter is not null && fault.DrainedAfter is not null)
        && SettledAfter is not null;

    public int Violations => Invariants.Where(invariant => !invariant.Informational).Sum(invariant => invariant.Violations.Count)
        + Faults.Count(fault => fault.ServingAgainAfter is null || fault.DrainedAfter is null) + (SettledAfter is null ? 1 : 0);

    public async Task<string> WriteAsync(string directory, MachineInfo machine, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"faults-{StartedAt:yyyy-MM-dd}-{Profile.Name}");
        var unique = name;
        for (var run = 2; File.Exists(Path.Combine(directory, $"{unique}.md")); run++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{run}");
        }

        var markdownPath = Path.Combine(directory, $"{unique}.md");
        await File.WriteAllTextAsync(markdownPath, Markdown(machine), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, $"{unique}.json"), Json(machine), cancellationToken);
        return markdownPath;
    }

    private string Markdown(MachineInfo machine)
    {
        var text = new StringBuilder();
        var line = (string value) => text.Append(value).Append('\n');
        var attempts = Operations.SelectMany(operation => operation.Attempts).ToList();
        line($"# Fault suite — {Profile.Name} profile, {StartedAt:yyyy-MM-dd HH:mm} UTC");
        line("");
        line($"**{(Passed ? "Passed" : "Failed")}: {Violations} violations.** {Operations.Count:N0} operations ({attempts.Count:N0} requests) at {Profile.OperationsPerSecond}/s through the gateway "
            + $"over {(LoadEndedAt - StartedAt).TotalMinutes:0.0} minutes, {Faults.Count} faults; the system settled {Describe(SettledAfter)} after the load stopped.");
        line("");
        line($"Machine: {machine.Cores} cores, {machine.Memory}, {machine.CpuModel}, {machine.OperatingSystem}, {machine.Runtime}; commit {machine.Commit}; load average at start {machine.LoadAverageAtStart}.");
        line($"Run: {string.Join("; ", Settings)}. Requests time out after {FaultProfile.RequestTimeout.TotalSeconds:0} s; a desk payment that failed or timed out is sent again with its idempotency key (up to {FaultLoad.PaymentAttempts} times).");
        line("");
        line("## Operations");
        line("");
        line("| operation | started | succeeded | failed (last answer) |");
        line("|---|---:|---:|---|");
        foreach (var kind in Operations.GroupBy(operation => operation.Kind).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            line($"| {kind.Key} | {kind.Count():N0} | {kind.Count(operation => operation.Succeeded):N0} | {Failures(kind.Where(operation => !operation.Succeeded).Select(operation => operation.Attempts[^1]))} |");
        }

        line("");
        line("## Faults");
        line("");
        line("| fault | in force | requests during (failed) | failures by kind | p50 / p99 during | p50 / p99 after | serving again after | work drained after | operations (invariant violations) |");
        line("|---|---:|---:|---|---:|---:|---:|---:|---:|");
        for (var index = 0; index < Faults.Count; index++)
        {
            var fault = Faults[index];
            var recoveredAt = fault.LiftedAt + (fault.ServingAgainAfter ?? FaultProfile.RecoveryLimit);
            var nextStart = index + 1 < Faults.Count ? Faults[index + 1].StartedAt : LoadEndedAt;
            var during = attempts.Where(attempt => attempt.StartedAt >= fault.StartedAt && attempt.StartedAt < recoveredAt).ToList();
            var after = attempts.Where(attempt => attempt.StartedAt >= recoveredAt && attempt.StartedAt < nextStart).ToList();
            var failed = during.Where(attempt => attempt.Status is null or >= 400).ToList();
            var operations = OperationsOf(index);
            line($"| {fault.Name} | {(fault.LiftedAt - fault.StartedAt).TotalSeconds:0.0} s | {during.Count:N0} ({failed.Count:N0}) | {Failures(failed)} | {Percentiles(during)} | {Percentiles(after)} | {Describe(fault.ServingAgainAfter)} | {Describe(fault.DrainedAfter)} | {operations.Count:N0} ({ViolationsAmong(operations):N0}) |");
        }

        line("");
        line("What each fault does:");
        line("");
        foreach (var fault in Faults.DistinctBy(fault => fault.Name))
        {
            line($"- **{fault.Name}**: {fault.Description}.");
        }

        line("");
        line("*Serving again*: every resource healthy to the AppHost and the gateway answering reads of auth, patients and billing. "
            + "*Work drained*: no envelope left in any outbox, none unhandled in any inbox and no message waiting to be sent, counted from the same moment. "
            + "*Operations*: those started from the fault until the next one, and how many violations of the invariants below name one of them.");
        line("");
        line("## Invariants");
        line("");
        line("| invariant | checked | violations (or count, when measured) | examples |");
        line("|---|---:|---:|---|");
        foreach (var invariant in Invariants)
        {
            line($"| {invariant.Name} | {invariant.Checked:N0} | {invariant.Violations.Count:N0} | {string.Join("; ", invariant.Examples).Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        return text.ToString();
    }

    private string Json(MachineInfo machine) => JsonSerializer.Serialize(new
    {
        profile = Profile.Name,
        startedAt = StartedAt,
        machine,
        settings = Settings,
        passed = Passed,
        violations = Violations,
        operations = Operations.GroupBy(operation => operation.Kind).ToDictionary(group => group.Key, group => new
        {
            started = group.Count(),
            succeeded = group.Count(operation => operation.Succeeded),
            requests = group.Sum(operation => operation.Attempts.Count),
        }),
        faults = Faults.Select((fault, index) => new
        {
            fault.Name,
            fault.StartedAt,
            fault.LiftedAt,
            servingAgainAfterSeconds = fault.ServingAgainAfter?.TotalSeconds,
            drainedAfterSeconds = fault.DrainedAfter?.TotalSeconds,
            operations = OperationsOf(index).Count,
            invariantViolations = ViolationsAmong(OperationsOf(index)),
        }),
        settledAfterSeconds = SettledAfter?.TotalSeconds,
        invariants = Invariants.Select(invariant => new { invariant.Name, invariant.Checked, violations = invariant.Violations.Count, invariant.Examples }),
    }, JsonOptions);

    /// <summary>The operations started from the fault until the next one (or the end of the load).</summary>
    private List<Operation> OperationsOf(int faultIndex)
    {
        var nextStart = faultIndex + 1 < Faults.Count ? Faults[faultIndex + 1].StartedAt : LoadEndedAt;
        return [.. Operations.Where(operation => operation.StartedAt >= Faults[faultIndex].StartedAt && operation.StartedAt < nextStart)];
    }

    /// <summary>Violations that name one of these operations by its key or one of its ids, as every violation names what broke.</summary>
    private int ViolationsAmong(List<Operation> operations)
    {
        var names = operations.SelectMany(operation => new[] { operation.Key, operation.Id?.ToString(), operation.ParentId?.ToString() })
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        return Invariants.Where(invariant => !invariant.Informational).SelectMany(invariant => invariant.Violations)
            .Count(violation => names.Any(name => violation.Contains(name, StringComparison.Ordinal)));
    }

    private static string Failures(IEnumerable<Attempt> failed)
    {
        var kinds = failed.GroupBy(attempt => attempt.Outcome).OrderByDescending(group => group.Count()).Select(group => $"{group.Count():N0} {group.Key}").ToList();
        return kinds.Count == 0 ? "none" : string.Join(", ", kinds);
    }

    private static string Percentiles(List<Attempt> attempts)
    {
        if (attempts.Count == 0)
        {
            return "–";
        }

        var sorted = attempts.Select(attempt => (attempt.EndedAt - attempt.StartedAt).TotalMilliseconds).Order().ToList();
        var at = (double quantile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"{at(0.5):0} / {at(0.99):0} ms");
    }

    private static string Describe(TimeSpan? elapsed) => elapsed is { } value
        ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.0} s")
        : $"not within {FaultProfile.RecoveryLimit.TotalMinutes:0} min";
}
