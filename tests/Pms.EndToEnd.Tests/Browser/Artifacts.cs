using Pms.Deploy;

namespace Pms.EndToEnd.Tests.Browser;

/// <summary>
/// Where the tests leave what a person reads after a run: <c>PMS_ARTIFACTS</c>, or <c>artifacts</c> at
/// the repository root; browser screenshots in its <c>browser</c> folder.
/// </summary>
public static class Artifacts
{
    public static string Root { get; } = Environment.GetEnvironmentVariable("PMS_ARTIFACTS") ?? Path.Combine(RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? AppContext.BaseDirectory, "artifacts");

    public static string Directory { get; } = Created(Path.Combine(Root, "browser"));

    private static string Created(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
