namespace Pms.Testing;

/// <summary>The PMS repository a test or the bench runs from: the nearest directory upwards that holds <c>Pms.sln</c>.</summary>
public static class RepositoryRoot
{
    public static string? FindFrom(string directory)
    {
        for (var candidate = new DirectoryInfo(directory); candidate is not null; candidate = candidate.Parent)
        {
            if (File.Exists(Path.Combine(candidate.FullName, "Pms.sln")))
            {
                return candidate.FullName;
            }
        }

        return null;
    }
}
