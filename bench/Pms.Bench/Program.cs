using System.Globalization;
using Pms.Bench;
using Pms.Bench.Faults;
using Pms.Bench.Reporting;
using Pms.Deploy;

var repositoryRoot = RepositoryRoot.Find(Environment.CurrentDirectory);
var results = Option("--output") ?? Path.Combine(repositoryRoot, "bench", "results");

// Open-loop operations start on the thread pool; do not let its slow growth throttle the load.
ThreadPool.SetMinThreads(64, 64);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, stop) =>
{
    stop.Cancel = true;
    cancellation.Cancel();
};

// "faults": the fault suite, which passes or fails (exit code 1 on any violation); otherwise the benchmarks, which print figures.
if (args.FirstOrDefault() == "faults")
{
    var logs = Path.Combine(results, $"faults-logs-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}");
    var report = await new FaultSuite(FaultProfile.Named(Option("--profile") ?? "short"), logs).RunAsync(cancellation.Token);
    var written = await report.WriteAsync(results, MachineInfo.Describe(repositoryRoot), cancellation.Token);
    Console.WriteLine($"{(report.Passed ? "Passed" : "FAILED")}: {report.Violations} violations; report in {written}");
    return report.Passed ? 0 : 1;
}

var only = Option("--scenario") is { } selected ? Scenarios(selected) : null;
await new BenchRun(BenchProfile.Named(Option("--profile") ?? "short"), results, repositoryRoot, only).RunAsync(cancellation.Token);
return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

// "--scenario 9" or "--scenario 3,9": run only those, for iterating on one scenario.
static HashSet<int> Scenarios(string selected)
{
    var numbers = new HashSet<int>();
    foreach (var item in selected.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
    {
        if (!int.TryParse(item, CultureInfo.InvariantCulture, out var number) || number is < 1 or > BenchRun.ScenarioCount)
        {
            throw new ArgumentException($"Unknown scenario '{item}': use numbers from 1 to {BenchRun.ScenarioCount}, separated by commas.");
        }

        numbers.Add(number);
    }

    return numbers.Count > 0 ? numbers : throw new ArgumentException("Name at least one scenario after --scenario.");
}

