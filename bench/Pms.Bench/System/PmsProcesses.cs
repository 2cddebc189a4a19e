using System.Globalization;

namespace Pms.Bench.System;

/// <summary>
/// The operating-system processes behind PMS's resources. Aspire starts each project through
/// <c>dotnet run</c>, so a project's own process is the child of the pid its snapshot names.
/// </summary>
public sealed class PmsProcesses(PmsSystem pms)
{
    public const string Orchestration = "dcp (orchestration, endpoint proxies)";
    public const string LoadGenerator = "bench (load generator)";

    /// <summary>Each measured part of the machine and the processes it is made of right now.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Groups()
    {
        var all = ProcessTable.All();
        var groups = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var resource in PmsSystem.Services.Append(ResourceNames.Postgres))
        {
            groups[resource] = ProcessTable.Tree(LauncherPid(resource), all);
        }

        groups[Orchestration] = [.. OwnOrchestration(all)];
        groups[LoadGenerator] = [Environment.ProcessId];
        return groups;
    }

    /// <summary>The project's own process (not the <c>dotnet run</c> that launched it).</summary>
    public int ServicePid(string resource)
    {
        var all = ProcessTable.All();
        var launcher = LauncherPid(resource);
        return ProcessTable.Tree(launcher, all).Skip(1)
            .FirstOrDefault(pid => all.Single(entry => entry.Pid == pid).Command.StartsWith("Pms.", StringComparison.Ordinal), launcher);
    }

    /// <summary>DCP processes of this run only: other runs on the machine have their own.</summary>
    private static IEnumerable<int> OwnOrchestration(IReadOnlyList<ProcessEntry> all)
    {
        var monitor = $"--monitor {Environment.ProcessId} ";
        var apiServer = all.FirstOrDefault(entry => entry.Command == "dcp" && ProcessTable.CommandLine(entry.Pid).Contains(monitor, StringComparison.Ordinal));
        return apiServer is null
            ? []
            : ProcessTable.Tree(apiServer.Pid, all).Where(pid => all.Single(entry => entry.Pid == pid).Command.StartsWith("dcp", StringComparison.Ordinal));
    }

    private int LauncherPid(string resource)
    {
        var property = pms.Snapshot(resource).Properties.Single(candidate => candidate.Name == "executable.pid");
        return Convert.ToInt32(property.Value, CultureInfo.InvariantCulture);
    }
}
