namespace Pms.Deploy.Kustomize;

public sealed class KustomizeLabels
{
    public Dictionary<string, string> Pairs { get; set; } = [];

    /// <summary>Selectors are immutable once applied, so common labels stay out of them.</summary>
    public bool IncludeSelectors { get; set; }

    public bool IncludeTemplates { get; set; }
}
