namespace Pms.Deploy.Kustomize;

public sealed class GeneratorOptions
{
    public Dictionary<string, string>? Annotations { get; set; }
}
