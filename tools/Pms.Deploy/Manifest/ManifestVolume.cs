namespace Pms.Deploy.Manifest;

public sealed class ManifestVolume
{
    public string Name { get; set; } = "";

    public string Target { get; set; } = "";

    public bool ReadOnly { get; set; }
}
