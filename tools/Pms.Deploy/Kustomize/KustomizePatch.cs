namespace Pms.Deploy.Kustomize;

/// <summary>One entry of a kustomization's <c>patches</c>: a file holding a strategic-merge patch.</summary>
public sealed class KustomizePatch
{
    public string Path { get; set; } = "";
}
