namespace Pms.Deploy.Manifest;

/// <summary>Runs the AppHost with Aspire's manifest publisher, which always models container infrastructure.</summary>
public sealed class AppHostManifestPublisher(string repositoryRoot)
{
    public const string AppHostProject = "Pms.AppHost";

    /// <param name="build">False when the AppHost is known to be built already (the tests reference it).</param>
    public AspireManifest Publish(bool build, string configuration)
    {
        var directory = Directory.CreateTempSubdirectory("pms-manifest-");
        try
        {
            var manifestPath = System.IO.Path.Combine(directory.FullName, "aspire-manifest.json");
            List<string> arguments = ["run", "--project", AppHostProject, "--configuration", configuration];
            if (!build)
            {
                arguments.Add("--no-build");
            }

            arguments.AddRange(["--", "--publisher", "manifest", "--output-path", manifestPath]);
            ProcessRunner.Run("dotnet", arguments, repositoryRoot);
            return ManifestReader.Read(manifestPath);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
