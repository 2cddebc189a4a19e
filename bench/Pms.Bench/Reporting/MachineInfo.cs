using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Pms.Bench.Reporting;

/// <summary>The machine the figures belong to, and how busy it was when the run began.</summary>
public sealed record MachineInfo(
    int Cores, double MemoryGiB, string CpuModel, string OperatingSystem, string Runtime, string Commit, string LoadAverageAtStart)
{
    public static MachineInfo Describe(string repositoryRoot) => new(
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        CurrentCommit(repositoryRoot),
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown");

    private static string? ReadFirst(string path, string key) => File.Exists(path)
        ? File.ReadLines(path).FirstOrDefault(line => line.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;

    private static string CurrentCommit(string repositoryRoot)
    {
        var head = Git(repositoryRoot, "rev-parse --short HEAD");
        var dirty = Git(repositoryRoot, "status --porcelain --untracked-files=no");
        return head.Length == 0 ? "unknown" : dirty.Length == 0 ? head : $"{head} (with uncommitted changes)";
    }

    private static string Git(string directory, string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "";
        }
        catch (global::System.ComponentModel.Win32Exception)
        {
            return "";
        }
    }

    public string Memory => string.Create(CultureInfo.InvariantCulture, $"{MemoryGiB:0.#} GiB");
}
