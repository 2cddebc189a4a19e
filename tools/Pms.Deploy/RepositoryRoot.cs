namespace Pms.Deploy;

public static class RepositoryRoot
{
    public const string SolutionFile = "Pms.sln";

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds the solution.</summary>
    public static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} at or above {start}; run this from the repository.");
    }
}
