namespace Pms.Deploy.Manifest;

/// <summary>The AppHost as Aspire's manifest publisher describes it: resources by name.</summary>
public sealed class AspireManifest
{
    public Dictionary<string, ManifestResource> Resources { get; set; } = [];

    public ManifestResource this[string name] =>
        Resources.TryGetValue(name, out var resource)
            ? resource
            : throw new InvalidOperationException($"The manifest has no resource '{name}'.");

    /// <summary>Resources of one type, in name order so everything written from them is stable.</summary>
    public IEnumerable<KeyValuePair<string, ManifestResource>> OfType(string type) =>
        Resources.Where(resource => resource.Value.Type == type).OrderBy(resource => resource.Key, StringComparer.Ordinal);
}
