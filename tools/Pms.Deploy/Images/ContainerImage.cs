namespace Pms.Deploy.Images;

/// <summary>A container image without its registry: operators name the registry with kustomize's <c>images</c>.</summary>
public sealed record ContainerImage(string Repository, string Tag)
{
    public override string ToString() => $"{Repository}:{Tag}";
}
