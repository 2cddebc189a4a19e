namespace Pms.Deploy.Kustomize;

/// <summary>Copies one field into others (kustomize <c>replacements</c>).</summary>
public sealed class Replacement
{
    public ReplacementSource Source { get; set; } = new();

    public List<ReplacementTarget> Targets { get; set; } = [];
}
