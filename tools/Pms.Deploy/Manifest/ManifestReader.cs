using System.Text.Json;

namespace Pms.Deploy.Manifest;

public static class ManifestReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Reads a manifest file; project paths, relative to the file, become absolute.</summary>
    public static AspireManifest Read(string path)
    {
        var manifest = Parse(File.ReadAllText(path));
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        foreach (var resource in manifest.Resources.Values.Where(resource => resource.Path is not null))
        {
            resource.Path = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, resource.Path!));
        }

        return manifest;
    }

    public static AspireManifest Parse(string json) =>
        JsonSerializer.Deserialize<AspireManifest>(json, Options)
        ?? throw new InvalidOperationException("The text is not an Aspire manifest.");
}
