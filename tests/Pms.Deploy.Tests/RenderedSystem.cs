namespace Pms.Deploy.Tests;

/// <summary>
/// The committed aspirate-output rendered by <c>kubectl kustomize</c> as an operator would, with the
/// example secrets file standing in for secrets.env, and every object read back into the client models.
/// </summary>
public class RenderedSystem : IDisposable
{
    private readonly DirectoryInfo _copy = Directory.CreateTempSubdirectory("pms-render-");

    public RenderedSystem()
        : this([])
    {
    }

    /// <param name="components">Folders of aspirate-output an operator's overlay adds as kustomize components.</param>
    protected RenderedSystem(IReadOnlyList<string> components)
    {
        var output = Path.Combine(_copy.FullName, "aspirate-output");
        CopyDirectory(Repository.AspirateOutput, output);
        File.Copy(
            Path.Combine(output, DeploymentNames.SecretsExampleFile),
            Path.Combine(output, DeploymentNames.SecretsFile),
            overwrite: true);

        var rendered = components.Count == 0 ? output : Overlay(components);
        Yaml = ProcessRunner.Run("kubectl", ["kustomize", rendered], rendered);
        DocumentCount = Yaml.Split("\n---\n").Length;
        Objects = KubernetesYaml.LoadAllFromString(Yaml);
    }

    public string Yaml { get; }

    public int DocumentCount { get; }

    public IReadOnlyList<object> Objects { get; }

    public IEnumerable<T> OfKind<T>() => Objects.OfType<T>();

    public T Named<T>(string name) where T : IMetadata<V1ObjectMeta> =>
        Assert.Single(Objects.OfType<T>(), candidate => candidate.Metadata.Name == name);

    /// <summary>Deployments and StatefulSets with their pod templates.</summary>
    public IEnumerable<(string Name, V1PodSpec Pod)> Workloads =>
        WorkloadTemplates.Select(workload => (workload.Name, workload.Template.Spec));

    /// <summary>Every pod template, jobs included.</summary>
    public IEnumerable<(string Name, V1PodSpec Pod)> Pods => PodTemplates.Select(pod => (pod.Name, pod.Template.Spec));

    /// <summary>Every pod template with its labels, jobs included.</summary>
    public IEnumerable<(string Name, V1PodTemplateSpec Template)> PodTemplates =>
        WorkloadTemplates.Concat(OfKind<V1Job>().Select(job => (job.Metadata.Name, job.Spec.Template)));

    private IEnumerable<(string Name, V1PodTemplateSpec Template)> WorkloadTemplates =>
        OfKind<V1Deployment>().Select(deployment => (deployment.Metadata.Name, deployment.Spec.Template))
            .Concat(OfKind<V1StatefulSet>().Select(statefulSet => (statefulSet.Metadata.Name, statefulSet.Spec.Template)));

    public void Dispose()
    {
        _copy.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    private string Overlay(IEnumerable<string> components)
    {
        var site = Directory.CreateDirectory(Path.Combine(_copy.FullName, "site")).FullName;
        File.WriteAllText(Path.Combine(site, "kustomization.yaml"), string.Join('\n',
        [
            "apiVersion: kustomize.config.k8s.io/v1beta1",
            "kind: Kustomization",
            "resources:",
            "- ../aspirate-output",
            "components:",
            .. components.Select(component => $"- ../aspirate-output/{component}"),
            "",
        ]));
        return site;
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative == DeploymentNames.SecretsFile)
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
