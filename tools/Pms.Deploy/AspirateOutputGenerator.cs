using Pms.Contracts;
using Pms.Deploy.Components;
using Pms.Deploy.Containers;
using Pms.Deploy.Images;
using Pms.Deploy.Ingress;
using Pms.Deploy.Manifest;
using Pms.Deploy.Network;
using Pms.Deploy.Output;
using Pms.Deploy.Resolution;
using Pms.Deploy.Secrets;
using Pms.Deploy.Workloads;

namespace Pms.Deploy;

/// <summary>The AppHost's manifest in, the files of aspirate-output/ out; nothing here reads the machine.</summary>
/// <param name="projectImage">The image a project file is published as.</param>
public sealed class AspirateOutputGenerator(Func<string, ContainerImage> projectImage)
{
    private static readonly HashSet<string> Understood =
        [ResourceTypes.Project, ResourceTypes.Container, ResourceTypes.Parameter, ResourceTypes.Value, ResourceTypes.AnnotatedString];

    public IReadOnlyList<OutputFile> Generate(AspireManifest manifest)
    {
        var unknown = manifest.Resources.Where(resource => !Understood.Contains(resource.Value.Type)).Select(resource => resource.Key).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Resources of unknown types: {string.Join(", ", unknown)}.");
        }

        var containers = manifest.OfType(ResourceTypes.Container)
            .Select(container =>
            {
                var image = ContainerImageName.Parse(container.Value.Image
                    ?? throw new InvalidOperationException($"{container.Key} names no image."));
                return (Name: container.Key, Resource: container.Value, Image: image, Profile: ContainerProfiles.For(image));
            })
            .ToList();
        var operatorConnectionStrings = containers
            .Where(container => container.Profile.ConnectionStringIsOperatorInput)
            .ToDictionary(container => container.Name, container => container.Profile.ConnectionStringDescription);
        var resolver = new ExpressionResolver(manifest, operatorConnectionStrings.Keys.ToHashSet());

        var folders = new List<ResourceFolder>();
        var images = new List<ContainerImage>();
        foreach (var (name, project) in manifest.OfType(ResourceTypes.Project))
        {
            var image = projectImage(project.Path ?? throw new InvalidOperationException($"{name} names no project file."));
            folders.Add(ProjectWorkloadBuilder.Build(name, project, image, resolver));
            images.Add(image);
        }

        var companionClients = new Dictionary<string, string>();
        foreach (var container in containers)
        {
            var context = new ContainerContext(container.Name, container.Resource, container.Image, manifest, resolver);
            folders.Add(ContainerWorkloadBuilder.Build(context, container.Profile));
            images.Add(container.Image);
            foreach (var (client, expression) in container.Profile.CompanionClients(context))
            {
                companionClients.Add(client, expression);
            }
        }

        folders.Add(IngressBuilder.Build(manifest));
        folders.Add(NetworkPolicyBuilder.Build(FlowMap.From(manifest, companionClients), ExternalDestination.All));

        var defaultConnectionStrings = new ExpressionResolver(manifest, new HashSet<string>());
        var inputs = OperatorInputs.From(
            manifest,
            operatorConnectionStrings,
            name => defaultConnectionStrings.Resolve(manifest[name].ConnectionString ?? "").Text);
        var root = RootKustomization.Build(folders.Select(folder => folder.Name), images);
        return
        [
            .. folders.SelectMany(folder => folder.Files),
            .. KafkaTlsComponent.Build(manifest[ResourceNames.Kafka].Env),
            new OutputFile("kustomization.yaml", YamlText.Write(root)),
            new OutputFile(DeploymentNames.SecretsExampleFile, SecretsExample.Write(inputs)),
        ];
    }
}
