namespace Pms.Deploy;

/// <summary>The PMS repository a tool, a test or the bench runs from: the nearest folder at or above where it starts that holds the solution.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "Pms.sln";

    public static string Find(string start) =>
        FindFrom(start) ?? throw new InvalidOperationException($"No {SolutionFile} at or above {start}; run this from the repository.");

    /// <returns>The repository's folder, or null when <paramref name="start"/> is outside it.</returns>
    public static string? FindFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
