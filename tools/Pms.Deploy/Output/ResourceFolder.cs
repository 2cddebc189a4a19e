using Pms.Deploy.Kustomize;

namespace Pms.Deploy.Output;

/// <summary>One folder of aspirate-output/: its objects, generated ConfigMaps and its kustomization.</summary>
public sealed class ResourceFolder(string name)
{
    private readonly List<OutputFile> _files = [];

    public string Name => name;

    public Kustomization Kustomization { get; } = new();

    public IEnumerable<OutputFile> Files =>
        _files
            .Append(new OutputFile("kustomization.yaml", YamlText.Write(Kustomization)))
            .Select(file => file with { RelativePath = $"{name}/{file.RelativePath}" });

    public void AddObject(string fileName, object kubernetesObject, string? note = null)
    {
        _files.Add(new OutputFile(fileName, YamlText.Write(kubernetesObject, note)));
        (Kustomization.Resources ??= []).Add(fileName);
    }

    /// <summary>A ConfigMap kustomize generates with a content hash in its name, so changes roll the pods.</summary>
    public void AddConfigMap(string configMapName, IReadOnlyDictionary<string, string> settings) =>
        (Kustomization.ConfigMapGenerator ??= []).Add(new GeneratorArgs
        {
            Name = configMapName,
            Literals = [.. settings.Select(setting => $"{setting.Key}={setting.Value}")],
        });

    public void AddConfigMapFile(string configMapName, string fileName, string content)
    {
        _files.Add(new OutputFile(fileName, content));
        (Kustomization.ConfigMapGenerator ??= []).Add(new GeneratorArgs { Name = configMapName, Files = [fileName] });
    }

    public void AddFile(string fileName, string content) => _files.Add(new OutputFile(fileName, content));
}
