using Pms.Deploy.Images;
using Pms.Deploy.Kustomize;

namespace Pms.Deploy.Output;

/// <summary>aspirate-output/kustomization.yaml: every folder, the images to point at a registry, the Secret.</summary>
public static class RootKustomization
{
    public static Kustomization Build(IEnumerable<string> folders, IEnumerable<ContainerImage> images) => new()
    {
        Labels =
        [
            new KustomizeLabels
            {
                Pairs = new() { [DeploymentNames.PartOfLabel] = DeploymentNames.PartOf },
                IncludeTemplates = true,
            },
        ],
        Resources = [.. folders.Order(StringComparer.Ordinal)],
        Images =
        [
            .. images.Distinct().OrderBy(image => image.Repository, StringComparer.Ordinal)
                .Select(image => new KustomizeImage { Name = image.Repository, NewName = image.Repository, NewTag = image.Tag }),
        ],
        SecretGenerator = [new GeneratorArgs { Name = DeploymentNames.Secret, Envs = [DeploymentNames.SecretsFile] }],
    };
}
