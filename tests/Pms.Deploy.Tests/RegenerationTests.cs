using Pms.Deploy.Images;

namespace Pms.Deploy.Tests;

/// <summary>aspirate-output is exactly what the generator makes of today's AppHost.</summary>
public sealed class RegenerationTests(PublishedManifest published)
{
    [Fact]
    public void RegeneratingFromTheAppHostReproducesTheCommittedOutput()
    {
        var generated = new AspirateOutputGenerator(new ProjectImageResolver(Repository.Root).Resolve).Generate(published.Manifest)
            .ToDictionary(file => file.RelativePath, file => file.Content);

        var committed = Directory.EnumerateFiles(Repository.AspirateOutput, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repository.AspirateOutput, path).Replace('\\', '/'))
            .Where(path => path != DeploymentNames.SecretsFile)
            .ToDictionary(path => path, path => File.ReadAllText(Path.Combine(Repository.AspirateOutput, path)));

        var drifted = generated.Keys.Union(committed.Keys)
            .Where(path => generated.GetValueOrDefault(path) != committed.GetValueOrDefault(path))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(drifted.Count == 0,
            $"aspirate-output differs from the AppHost in {string.Join(", ", drifted)}; run: dotnet run --project tools/Pms.Deploy");
    }

    [Fact]
    public void EveryParameterOfTheAppHostIsAKeyOfTheSecretsExample()
    {
        var parameters = published.Manifest.OfType(Manifest.ResourceTypes.Parameter).Select(parameter => parameter.Key).ToList();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, parameter => Assert.Contains(parameter, Repository.SecretKeys));
    }

    [Fact]
    public void TheCommittedOutputNamesNoPathOfTheMachineThatMadeIt()
    {
        var machinePaths = new[] { Repository.Root, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) }
            .Select(path => path.TrimEnd('/'))
            .Where(path => path.Length > 1)
            .ToList();

        Assert.All(Directory.EnumerateFiles(Repository.AspirateOutput, "*", SearchOption.AllDirectories), file =>
        {
            var content = File.ReadAllText(file);
            Assert.DoesNotContain(machinePaths, path => content.Contains(path + "/", StringComparison.Ordinal));
        });
    }
}
