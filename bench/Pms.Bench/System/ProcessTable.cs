using System.Globalization;

namespace Pms.Bench.System;

/// <summary>Linux's view of processes, read from <c>/proc</c>: parents, CPU time and resident memory.</summary>
public static class ProcessTable
{
    private const double ClockTicksPerSecond = 100;

    public static IReadOnlyList<ProcessEntry> All()
    {
        var entries = new List<ProcessEntry>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && ReadStat(pid) is { } stat)
            {
                entries.Add(new ProcessEntry(pid, int.Parse(stat[1], CultureInfo.InvariantCulture), stat[0]));
            }
        }

        return entries;
    }

    /// <summary>The process and all its descendants.</summary>
    public static IReadOnlyList<int> Tree(int root, IReadOnlyList<ProcessEntry> all)
    {
        var tree = new List<int> { root };
        for (var index = 0; index < tree.Count; index++)
        {
            tree.AddRange(all.Where(entry => entry.ParentPid == tree[index]).Select(entry => entry.Pid));
        }

        return tree;
    }

    /// <summary>User plus system CPU time the process has used so far; zero once it has gone.</summary>
    public static TimeSpan CpuTime(int pid) => ReadStat(pid) is { } stat
        ? TimeSpan.FromSeconds((long.Parse(stat[11], CultureInfo.InvariantCulture) + long.Parse(stat[12], CultureInfo.InvariantCulture)) / ClockTicksPerSecond)
        : TimeSpan.Zero;

    /// <summary>Resident set size (the working set), in bytes.</summary>
    public static long ResidentBytes(int pid) => Kilobytes($"/proc/{pid}/status", "VmRSS:") * 1024;

    /// <summary>The part of the working set that maps files (the runtime's and the application's assemblies, native libraries), in bytes.</summary>
    public static long ResidentFileBytes(int pid) => Kilobytes($"/proc/{pid}/status", "RssFile:") * 1024;

    /// <summary>
    /// Proportional set size, in bytes: the working set with each page shared by several processes (the same assemblies
    /// mapped by every .NET process) divided among them, so the sizes of several processes add up to what they hold together.
    /// </summary>
    public static long ProportionalBytes(int pid) => Kilobytes($"/proc/{pid}/smaps_rollup", "Pss:") * 1024;

    /// <summary>A size field of a <c>/proc</c> file; zero once the process has gone (a PostgreSQL backend ends at any time) or when it is not ours to read.</summary>
    private static long Kilobytes(string file, string field)
    {
        string? line;
        try
        {
            line = File.ReadLines(file).FirstOrDefault(candidate => candidate.StartsWith(field, StringComparison.Ordinal));
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>Busy and total CPU time of the whole machine, all cores together.</summary>
    public static (TimeSpan Busy, TimeSpan Total) MachineCpu()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (TimeSpan.FromSeconds((total - idle) / ClockTicksPerSecond), TimeSpan.FromSeconds(total / ClockTicksPerSecond));
    }

    /// <summary>The fields after the command name of <c>/proc/[pid]/stat</c>, with the command name first.</summary>
    private static string[]? ReadStat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        var rest = text[(close + 2)..].Split(' ');
        return [text[(open + 1)..close], .. rest[1..]];
    }
}
