using System.Globalization;
using System.Text;
using Pms.Bench.System;

namespace Pms.Bench.Reporting;

/// <summary>The report as Markdown: machine and settings, every scenario's figures, and the slowest paths.</summary>
public static class MarkdownReport
{
    private const int SlowestPathsShown = 3;
    private const int CpuPartsShown = 3;
    private static readonly HashSet<string> IgnoredParts = new(StringComparer.Ordinal) { CpuMeter.OtherLoad, PmsProcesses.LoadGenerator };

    public static string Render(BenchReport report)
    {
        var markdown = new StringBuilder();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"# PMS benchmarks — {report.Profile} profile, {report.StartedAt:yyyy-MM-dd HH:mm} UTC");
        markdown.AppendLine();
        markdown.AppendLine("Open-loop load at fixed arrival rates; latency runs from each request's scheduled start, so queueing shows.");
        markdown.AppendLine("Milliseconds throughout; *served/s* counts answers completed inside the measured window; a step *holds* when nothing failed, at least 90% of the offered rate was served and p99 stayed under the scenario's limit.");
        markdown.AppendLine();
        AppendMachine(markdown, report);
        foreach (var note in report.Notes)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture, $"> {note}");
            markdown.AppendLine();
        }

        AppendSummary(markdown, report);
        foreach (var scenario in report.Scenarios.OrderBy(scenario => scenario.Number))
        {
            AppendScenario(markdown, scenario);
        }

        AppendSlowestPaths(markdown, report);
        return markdown.ToString();
    }

    private static void AppendMachine(StringBuilder markdown, BenchReport report)
    {
        markdown.AppendLine("| machine and run | |");
        markdown.AppendLine("|---|---|");
        Row(markdown, "cores", report.Machine.Cores.ToString(CultureInfo.InvariantCulture));
        Row(markdown, "memory", report.Machine.Memory);
        Row(markdown, "CPU", report.Machine.CpuModel);
        Row(markdown, "OS", report.Machine.OperatingSystem);
        Row(markdown, ".NET", report.Machine.Runtime);
        Row(markdown, "commit", report.Machine.Commit);
        Row(markdown, "load average at start (1, 5, 15 min)", report.Machine.LoadAverageAtStart);
        Row(markdown, "run took", $"{report.Duration.TotalMinutes:0.0} min");
        foreach (var setting in report.Settings)
        {
            Row(markdown, setting.Name, setting.Value);
        }

        markdown.AppendLine();
    }

    private static void AppendSummary(StringBuilder markdown, BenchReport report)
    {
        markdown.AppendLine("## Summary");
        markdown.AppendLine();
        markdown.AppendLine("| scenario | figure | value |");
        markdown.AppendLine("|---|---|---|");
        foreach (var scenario in report.Scenarios.OrderBy(scenario => scenario.Number))
        {
            foreach (var figure in scenario.Figures)
            {
                markdown.AppendLine(CultureInfo.InvariantCulture, $"| {scenario.Number}. {scenario.Title} | {figure.Name} | {figure.Value} |");
            }
        }

        markdown.AppendLine();
    }

    private static void AppendScenario(StringBuilder markdown, ScenarioReport scenario)
    {
        markdown.AppendLine(CultureInfo.InvariantCulture, $"## {scenario.Number}. {scenario.Title}");
        markdown.AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"*{scenario.Question}*");
        markdown.AppendLine();
        foreach (var figure in scenario.Figures)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture, $"- **{figure.Name}**: {figure.Value}");
        }

        markdown.AppendLine();
        foreach (var table in scenario.Steps)
        {
            AppendSteps(markdown, table);
        }

        foreach (var table in scenario.Latencies)
        {
            AppendLatencies(markdown, table);
        }

        foreach (var table in scenario.Values)
        {
            AppendValues(markdown, table);
        }

        foreach (var note in scenario.Notes)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        markdown.AppendLine();
    }

    private static void AppendSteps(StringBuilder markdown, StepTable table)
    {
        markdown.AppendLine(CultureInfo.InvariantCulture, $"**{table.Title}**");
        markdown.AppendLine();
        markdown.AppendLine("| step | offered/s | served/s | ok | failed | p50 | p95 | p99 | max | dispatch lag p99 |");
        markdown.AppendLine("|---|--:|--:|--:|---|--:|--:|--:|--:|--:|");
        foreach (var step in table.Steps)
        {
            var failed = step.FailureCount == 0 ? "0" : string.Join(", ", step.Failures.Select(failure => $"{failure.Value} {failure.Key}"));
            markdown.AppendLine(CultureInfo.InvariantCulture,
                $"| {step.Label} | {Numbers.Rate(step.OfferedPerSecond)} | {Numbers.Rate(step.ThroughputPerSecond)} | {step.Succeeded} | {failed} | {Numbers.Milliseconds(step.Latency.P50)} | {Numbers.Milliseconds(step.Latency.P95)} | {Numbers.Milliseconds(step.Latency.P99)} | {Numbers.Milliseconds(step.Latency.Max)} | {Numbers.Milliseconds(step.DispatchLagP99Milliseconds)} |");
        }

        markdown.AppendLine();
        var laps = table.Steps.SelectMany(step => step.Laps.Select(lap => new LatencyRow($"{step.Label}: {lap.Key}", lap.Value))).ToList();
        if (laps.Count > 0)
        {
            AppendLatencies(markdown, new LatencyTable($"{table.Title}: parts of each operation", laps));
        }

        var extras = table.Steps.SelectMany(step => step.Extras.Keys).Distinct(StringComparer.Ordinal).ToList();
        if (extras.Count > 0)
        {
            AppendValues(markdown, new ValueTable(
                $"{table.Title}: per operation, measured beside the load",
                [.. table.Steps.Select(step => step.Label)],
                [.. extras.Select(extra => new ValueRow(extra, [.. table.Steps.Select(step => step.Extras.TryGetValue(extra, out var value) ? Numbers.Value(value) : "–")]))]));
        }
    }

    private static void AppendLatencies(StringBuilder markdown, LatencyTable table)
    {
        markdown.AppendLine(CultureInfo.InvariantCulture, $"**{table.Title}**");
        markdown.AppendLine();
        markdown.AppendLine("| | count | p50 | p95 | p99 | max |");
        markdown.AppendLine("|---|--:|--:|--:|--:|--:|");
        foreach (var row in table.Rows)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Label} | {row.Latency.Count} | {Numbers.Milliseconds(row.Latency.P50)} | {Numbers.Milliseconds(row.Latency.P95)} | {Numbers.Milliseconds(row.Latency.P99)} | {Numbers.Milliseconds(row.Latency.Max)} |");
        }

        markdown.AppendLine();
    }

    private static void AppendValues(StringBuilder markdown, ValueTable table)
    {
        markdown.AppendLine(CultureInfo.InvariantCulture, $"**{table.Title}**");
        markdown.AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"| | {string.Join(" | ", table.Columns)} |");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"|---|{string.Concat(table.Columns.Select(_ => "--:|"))}");
        foreach (var row in table.Rows)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture, $"| {row.Label} | {string.Join(" | ", row.Values)} |");
        }

        markdown.AppendLine();
    }

    private static void AppendSlowestPaths(StringBuilder markdown, BenchReport report)
    {
        markdown.AppendLine("## Slowest paths");
        markdown.AppendLine();
        markdown.AppendLine("Request paths ranked by p50 at the lightest load tried; *CPU per operation* says which PMS processes did the work (from `/proc` CPU time over the measured window, less what each uses at rest).");
        markdown.AppendLine();
        markdown.AppendLine("| path | step | p50 | p99 | CPU per operation, largest parts (ms) |");
        markdown.AppendLine("|---|---|--:|--:|---|");
        foreach (var path in report.Scenarios.SelectMany(scenario => scenario.Paths).OrderByDescending(path => path.Latency.P50))
        {
            var parts = string.Join(", ", path.CpuMillisecondsPerOperation.Where(part => !IgnoredParts.Contains(part.Key))
                .OrderByDescending(part => part.Value).Take(CpuPartsShown)
                .Select(part => $"{part.Key} {Numbers.Value(part.Value)}"));
            markdown.AppendLine(CultureInfo.InvariantCulture,
                $"| {path.Name} | {path.Step} | {Numbers.Milliseconds(path.Latency.P50)} | {Numbers.Milliseconds(path.Latency.P99)} | {parts} |");
        }

        markdown.AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"The {SlowestPathsShown} slowest are the first {SlowestPathsShown} rows; `findings.md` beside this report says what dominates them and what changed.");
        markdown.AppendLine();
    }

    private static void Row(StringBuilder markdown, string name, string value) =>
        markdown.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");
}
