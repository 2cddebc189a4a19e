namespace Pms.Deploy.Kustomize;

public sealed class ReplacementTarget
{
    public ObjectSelector Select { get; set; } = new();

    public List<string> FieldPaths { get; set; } = [];
}
