namespace Pms.Deploy.Kustomize;

/// <summary>One entry of <c>images</c>: where operators point an image at their registry.</summary>
public sealed class KustomizeImage
{
    public string Name { get; set; } = "";

    public string? NewName { get; set; }

    public string? NewTag { get; set; }
}
