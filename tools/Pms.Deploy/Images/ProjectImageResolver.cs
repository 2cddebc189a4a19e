using System.Text.Json;

namespace Pms.Deploy.Images;

/// <summary>
/// Asks MSBuild which image <c>dotnet publish -t:PublishContainer</c> makes of a project, so the
/// manifests name exactly the images the build produces.
/// </summary>
public sealed class ProjectImageResolver(string repositoryRoot)
{
    public ContainerImage Resolve(string projectFile)
    {
        var output = ProcessRunner.Run(
            "dotnet",
            ["msbuild", projectFile, "-getProperty:ContainerRepository", "-getProperty:ContainerImageTag"],
            repositoryRoot);
        using var json = JsonDocument.Parse(output);
        var properties = json.RootElement.GetProperty("Properties");
        var repository = properties.GetProperty("ContainerRepository").GetString();
        var tag = properties.GetProperty("ContainerImageTag").GetString();
        if (string.IsNullOrEmpty(repository) || string.IsNullOrEmpty(tag))
        {
            throw new InvalidOperationException(
                $"{projectFile} names no ContainerRepository and ContainerImageTag; give the project a PmsContainerName in Directory.Build.targets.");
        }

        return new ContainerImage(repository, tag);
    }
}
