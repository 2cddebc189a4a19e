namespace Pms.AppHost.Infrastructure.Local;

/// <summary>Finds the PostgreSQL server binaries: on PATH, else the newest under /usr/lib/postgresql.</summary>
public static class PostgresBinaries
{
    public static string FindBinDirectory()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "initdb"))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return Path.GetDirectoryName(new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath)!;
        }

        const string debianRoot = "/usr/lib/postgresql";
        var newest = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(directory => Path.Combine(directory, "bin"))
                .Where(directory => File.Exists(Path.Combine(directory, "initdb")))
                .OrderByDescending(directory => int.TryParse(Path.GetFileName(Path.GetDirectoryName(directory)), out var version) ? version : 0)
                .FirstOrDefault()
            : null;

        return newest ?? throw new InvalidOperationException(
            "Local mode needs the PostgreSQL server binaries (initdb, postgres): install them (Debian: apt-get install postgresql) or run with a container runtime.");
    }

    /// <summary>Whether the server beside these binaries has a loadable module (Debian: /usr/lib/postgresql/15/lib).</summary>
    public static bool HasModule(string binDirectory, string module) =>
        File.Exists(Path.Combine(binDirectory, "..", "lib", module + ".so"));
}
