namespace Pms.Deploy.Kustomize;

public sealed class ObjectSelector
{
    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";
}
