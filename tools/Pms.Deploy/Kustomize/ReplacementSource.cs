namespace Pms.Deploy.Kustomize;

public sealed class ReplacementSource
{
    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string FieldPath { get; set; } = "";
}
