namespace Pms.Deploy;

/// <summary>Names the generated objects share.</summary>
public static class DeploymentNames
{
    /// <summary>The Secret kustomize generates from the operators' <see cref="SecretsFile"/>.</summary>
    public const string Secret = "pms-secrets";

    public const string SecretsFile = "secrets.env";

    public const string SecretsExampleFile = "secrets.env.example";

    public const string NameLabel = "app.kubernetes.io/name";

    public const string PartOfLabel = "app.kubernetes.io/part-of";

    public const string PartOf = "pms";

    /// <summary>Where writable scratch space is mounted in every container with a read-only root.</summary>
    public const string TempPath = "/tmp";

    /// <summary>The generated ConfigMap a workload reads its settings from.</summary>
    public static string EnvironmentConfigMap(string workload) => $"{workload}-env";
}
