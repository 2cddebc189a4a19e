namespace Pms.Deploy.Manifest;

/// <summary>One resource of the manifest; which members are set depends on <see cref="Type"/>.</summary>
public sealed class ManifestResource
{
    public string Type { get; set; } = "";

    public string? ConnectionString { get; set; }

    public string? Image { get; set; }

    /// <summary>The project file of a project resource, relative to the manifest.</summary>
    public string? Path { get; set; }

    public string? Value { get; set; }

    /// <summary>How an annotated string transforms its value (e.g. <c>uri</c> encoding).</summary>
    public string? Filter { get; set; }

    public Dictionary<string, string> Env { get; set; } = [];

    /// <summary>The program a container runs instead of its image's own entry point.</summary>
    public string? Entrypoint { get; set; }

    public List<string> Args { get; set; } = [];

    public Dictionary<string, ManifestBinding> Bindings { get; set; } = [];

    public List<ManifestVolume> Volumes { get; set; } = [];

    public Dictionary<string, ParameterInput> Inputs { get; set; } = [];
}
