namespace Pms.Deploy.Kustomize;

/// <summary>A ConfigMap or Secret generator.</summary>
public sealed class GeneratorArgs
{
    public string Name { get; set; } = "";

    /// <summary><c>merge</c> to add to a generator of the base from a component or an overlay.</summary>
    public string? Behavior { get; set; }

    public List<string>? Envs { get; set; }

    public List<string>? Files { get; set; }

    public List<string>? Literals { get; set; }

    public GeneratorOptions? Options { get; set; }
}
