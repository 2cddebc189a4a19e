using System.Globalization;
using Pms.Bench;

var profile = BenchProfile.Named(Option("--profile") ?? "short");
var repositoryRoot = RepositoryRoot();
var results = Option("--output") ?? Path.Combine(repositoryRoot, "bench", "results");
var only = Option("--scenario") is { } selected ? Scenarios(selected) : null;

// Open-loop operations start on the thread pool; do not let its slow growth throttle the load.
ThreadPool.SetMinThreads(64, 64);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, stop) =>
{
    stop.Cancel = true;
    cancellation.Cancel();
};
await new BenchRun(profile, results, repositoryRoot, only).RunAsync(cancellation.Token);

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

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Pms.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmarks from inside the PMS repository.");
}
