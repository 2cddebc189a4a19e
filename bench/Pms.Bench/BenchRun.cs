using System.Globalization;
using Pms.Bench.Reporting;
using Pms.Bench.Scenarios;
using Pms.Bench.System;

namespace Pms.Bench;

/// <summary>
/// One invocation: starts PMS, runs every scenario (or those named with <c>--scenario</c>) side by
/// side in one process so the figures are ratios on the same machine at the same moment, and writes the report.
/// </summary>
public sealed class BenchRun(BenchProfile profile, string resultsDirectory, string repositoryRoot, IReadOnlySet<int>? only = null)
{
    public const int ScenarioCount = 10;
    private const double BusyMachineThresholdPercent = 10;

    /// <summary>Scenarios that read the patients seeded by COPY.</summary>
    private static readonly int[] SeededPatientsNeeded = [2, 4, 7];

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = global::System.Diagnostics.Stopwatch.StartNew();
        var machine = MachineInfo.Describe(repositoryRoot);
        BenchContext.Progress($"PMS benchmarks, {profile.Name} profile: starting PMS (local mode)");
        await using var pms = await PmsSystem.StartAsync(cancellationToken);
        BenchContext.Progress($"PMS started in {pms.StartupTime.TotalSeconds:0} s");

        using var gateway = LoadClient.For(pms.Endpoint(ResourceNames.Gateway));
        var context = new BenchContext(pms, profile, new Accounts(gateway));
        await context.SignInAsync(cancellationToken);

        var scenarios = new List<ScenarioReport>();
        var baseline = new PhysicalBaselineScenario(context);
        var baselineReport = await RunAsync(1, "Physical baseline", baseline.RunAsync, scenarios, cancellationToken);

        if (SeededPatientsNeeded.Any(Runs))
        {
            BenchContext.Progress($"seeding {profile.SeededPatients:N0} patients");
            context.Seeded = await PatientSeeder.SeedAsync(await pms.ConnectionStringAsync(ResourceNames.PatientDatabase, cancellationToken), profile.SeededPatients, cancellationToken);
            BenchContext.Progress($"seeded in {context.Patients.SeedTime.TotalSeconds:0.0} s");
        }

        await RunAsync(2, "Gateway overhead", new GatewayOverheadScenario(context).RunAsync, scenarios, cancellationToken);
        await RunAsync(4, "Reads and search", new ReadsAndSearchScenario(context).RunAsync, scenarios, cancellationToken);
        await RunAsync(5, "Billing", new BillingScenario(context).RunAsync, scenarios, cancellationToken);
        await SettleAsync(context, cancellationToken);
        await RunAsync(6, "Event latency", new EventLatencyScenario(context).RunAsync, scenarios, cancellationToken);
        var registration = await RunAsync(3, "Registration", new RegistrationScenario(context).RunAsync, scenarios, cancellationToken);
        await SettleAsync(context, cancellationToken);
        await RunAsync(7, "Login", new LoginScenario(context).RunAsync, scenarios, cancellationToken);
        await SettleAsync(context, cancellationToken);
        await RunAsync(9, "Appointments and reports", new AppointmentsAndReportsScenario(context).RunAsync, scenarios, cancellationToken);
        await SettleAsync(context, cancellationToken);
        await RunAsync(10, "Report export", new ReportExportScenario(context).RunAsync, scenarios, cancellationToken);
        await SettleAsync(context, cancellationToken);
        await RunAsync(8, "Memory", token => new MemoryScenario(context).RunAsync(registration, token), scenarios, cancellationToken);
        await SettleAsync(context, cancellationToken);
        var atRest = baselineReport is null ? new Dictionary<string, double>() : await AtRestAsync(baseline, baselineReport, cancellationToken);
        foreach (var scenario in scenarios)
        {
            var paths = scenario.Paths.Select(path => path.LessRest(atRest)).ToList();
            scenario.Paths.Clear();
            scenario.Paths.AddRange(paths);
        }

        var report = new BenchReport(profile.Name, startedAt, clock.Elapsed, machine, Settings(pms, context), scenarios, [.. SelectionNotes(), .. Notes(scenarios)]);
        var written = await ReportFiles.WriteAsync(report, SelectionName(), resultsDirectory, cancellationToken);
        Console.WriteLine();
        Console.WriteLine(MarkdownReport.Render(report));
        BenchContext.Progress($"report written to {written}");
        return written;
    }

    private bool Runs(int number) => only is null || only.Contains(number);

    /// <summary>
    /// Runs one scenario when it is selected and adds its report to <paramref name="reports"/>; one that
    /// fails is reported as such and the others still run. Returns null for a scenario not selected.
    /// </summary>
    private async Task<ScenarioReport?> RunAsync(
        int number, string title, Func<CancellationToken, Task<ScenarioReport>> scenario, List<ScenarioReport> reports, CancellationToken cancellationToken)
    {
        if (!Runs(number))
        {
            return null;
        }

        BenchContext.Progress($"{number}. {title.ToLowerInvariant()}");
        ScenarioReport report;
        try
        {
            report = await scenario(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            BenchContext.Progress($"{number}. {title.ToLowerInvariant()} did not complete: {exception.GetType().Name}: {exception.Message}");
            report = new ScenarioReport(number, title, "(did not complete)");
            report.Notes.Add($"The scenario did not complete: {exception.GetType().Name}: {exception.Message}");
        }

        reports.Add(report);
        return report;
    }

    private static async Task<IReadOnlyDictionary<string, double>> AtRestAsync(
        PhysicalBaselineScenario baseline, ScenarioReport report, CancellationToken cancellationToken)
    {
        BenchContext.Progress("1. PMS at rest");
        try
        {
            return await baseline.MeasureAtRestAsync(report, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            report.Notes.Add($"PMS at rest could not be measured: {exception.GetType().Name}: {exception.Message}");
            return new Dictionary<string, double>();
        }
    }

    private static async Task SettleAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var settled = await context.Settling.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        BenchContext.Progress(settled is { } took ? $"backlog drained in {took.TotalSeconds:0.0} s" : $"backlog still there after 60 s ({context.Settling.Remaining}); going on");
    }

    private List<KeyFigure> Settings(PmsSystem pms, BenchContext context) =>
    [
        new("profile", profile.Name),
        new("steps", string.Create(CultureInfo.InvariantCulture, $"{profile.WarmUp.TotalSeconds:0.#} s warm-up (not counted) + {profile.StepDuration.TotalSeconds:0.#} s measured, {profile.Timeout.TotalSeconds:0} s timeout per request")),
        new("seeded patients", context.Seeded is { } seeded
            ? string.Create(CultureInfo.InvariantCulture, $"{profile.SeededPatients:N0} (binary COPY in {seeded.SeedTime.TotalSeconds:0.0} s)")
            : "none (no scenario run reads them)"),
        new("PMS start-up", string.Create(CultureInfo.InvariantCulture, $"{pms.StartupTime.TotalSeconds:0} s")),
        new("AppHost", string.Join("; ", pms.Settings.Select(setting => setting.StartsWith("--", StringComparison.Ordinal) ? $"`{setting}`" : setting))),
    ];

    /// <summary>Names a report of some scenarios only after them (<c>scenario-9</c>, <c>scenarios-3-9</c>); null for a whole run.</summary>
    private string? SelectionName() => only is null
        ? null
        : $"{(only.Count == 1 ? "scenario" : "scenarios")}-{string.Join('-', only.Order())}";

    private List<string> SelectionNotes()
    {
        if (only is null)
        {
            return [];
        }

        List<string> notes = [$"Only {(only.Count == 1 ? "scenario" : "scenarios")} {string.Join(", ", only.Order())} ran (`--scenario`)."];
        if (!Runs(1))
        {
            notes.Add("PMS at rest was not measured (scenario 1 did not run), so CPU per operation in the slowest paths includes each process's background work.");
        }

        return notes;
    }

    /// <summary>Says so when other processes took a noticeable share of the machine while the bench measured.</summary>
    private static List<string> Notes(IEnumerable<ScenarioReport> scenarios)
    {
        var otherLoad = scenarios.SelectMany(scenario => scenario.Steps).SelectMany(table => table.Steps)
            .Select(step => step.Extras.GetValueOrDefault("other load % of machine", double.NaN)).Where(share => !double.IsNaN(share)).ToList();
        if (otherLoad.Count == 0 || otherLoad.Average() < BusyMachineThresholdPercent)
        {
            return [];
        }

        return
        [
            string.Create(CultureInfo.InvariantCulture,
                $"Measured on a shared, busy machine: processes other than PMS and the bench used {otherLoad.Average():0}% of all cores on average during the measured windows (up to {otherLoad.Max():0}%). Read the figures as ratios to this run's baseline, not as absolutes."),
        ];
    }
}
