using System.Reflection;

namespace Pms.Deploy.Tests;

public static class Repository
{
    public static string Root { get; } = RepositoryRoot.Find(AppContext.BaseDirectory);

    public static string AspirateOutput { get; } = Path.Combine(Root, "aspirate-output");

    /// <summary>The configuration this test assembly (and so the AppHost it references) was built in.</summary>
    public static string BuildConfiguration { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "Configuration").Value!;

    /// <summary>The keys of the committed secrets.env.example, which tests stand in for an operator's secrets.env.</summary>
    public static IReadOnlySet<string> SecretKeys { get; } = File.ReadAllLines(Path.Combine(AspirateOutput, DeploymentNames.SecretsExampleFile))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)])
        .ToHashSet();
}
