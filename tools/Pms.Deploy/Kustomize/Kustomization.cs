namespace Pms.Deploy.Kustomize;

/// <summary>A <c>kustomization.yaml</c>, with only the fields the generator writes.</summary>
public sealed class Kustomization
{
    public string ApiVersion { get; set; } = "kustomize.config.k8s.io/v1beta1";

    public string Kind { get; set; } = "Kustomization";

    public List<KustomizeLabels>? Labels { get; set; }

    public List<string>? Resources { get; set; }

    public List<KustomizeImage>? Images { get; set; }

    public List<GeneratorArgs>? ConfigMapGenerator { get; set; }

    public List<GeneratorArgs>? SecretGenerator { get; set; }

    public List<Replacement>? Replacements { get; set; }

    /// <summary>Files of strategic-merge patches, each naming the object it patches.</summary>
    public List<KustomizePatch>? Patches { get; set; }
}
