using System.Diagnostics;
using System.Reflection;
using Pms.Deploy;
using Pms.Testing;

namespace Pms.Faults.Tests;

/// <summary>
/// Runs the short fault suite (bench/Pms.Bench faults) against a whole local PMS: every fault is applied under load
/// and every invariant must hold. It waits for any other run of PMS on the machine (the end-to-end tests) to end.
/// </summary>
public sealed class FaultSuiteTests
{
    /// <summary>
    /// Waiting for the end-to-end suite (about 8 minutes, more while the other test projects share the cores) and
    /// the suite itself (about 18, with two replicas of every service); below the test hang timer of pms.runsettings.
    /// </summary>
    private const int TimeoutSeconds = 38 * 60;

    [TimedFact(TimeoutSeconds)]
    public async Task UnderEveryFaultNothingAcceptedIsLostDoubledOrHalfWritten()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory);
        var configuration = typeof(FaultSuiteTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var bench = Path.Combine(root, "bench", "Pms.Bench", "bin", configuration, "net10.0", "Pms.Bench.dll");
        var output = Path.Combine(root, "artifacts", "faults");
        var start = new ProcessStartInfo("dotnet", [bench, "faults", "--profile", "short", "--output", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };

        using var suite = Process.Start(start)!;
        var standardOutput = suite.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var standardError = suite.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            await suite.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        finally
        {
            if (!suite.HasExited)
            {
                suite.Kill(entireProcessTree: true);
            }
        }

        var report = Directory.EnumerateFiles(output, "faults-*.md").OrderBy(File.GetLastWriteTimeUtc).LastOrDefault();
        Assert.True(suite.ExitCode == 0,
            $"The fault suite failed (exit code {suite.ExitCode}).\n{await standardOutput}\n{await standardError}\n{(report is null ? "" : await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken))}");
    }
}
