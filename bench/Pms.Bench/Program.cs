using Pms.Bench;

var profile = BenchProfile.Named(Option("--profile") ?? "short");
var repositoryRoot = RepositoryRoot();
var results = Option("--output") ?? Path.Combine(repositoryRoot, "bench", "results");

// Open-loop operations start on the thread pool; do not let its slow growth throttle the load.
ThreadPool.SetMinThreads(64, 64);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, stop) =>
{
    stop.Cancel = true;
    cancellation.Cancel();
};
await new BenchRun(profile, results, repositoryRoot).RunAsync(cancellation.Token);

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
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
