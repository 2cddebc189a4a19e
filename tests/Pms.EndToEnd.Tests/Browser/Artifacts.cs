namespace Pms.EndToEnd.Tests.Browser;

/// <summary>Where browser tests leave their screenshots: <c>PMS_ARTIFACTS</c>, or <c>artifacts/browser</c> at the repository root.</summary>
public static class Artifacts
{
    public static string Directory { get; } = Resolve();

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable("PMS_ARTIFACTS");
        var root = configured ?? Path.Combine(RepositoryRoot(), "artifacts");
        var directory = Path.Combine(root, "browser");
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pms.sln")))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
