using k8s.Models;
using Pms.Deploy.Kustomize;
using Pms.Deploy.Manifest;
using Pms.Deploy.Output;

namespace Pms.Deploy.Ingress;

/// <summary>
/// One Ingress for every resource with an external HTTP binding. Its host and TLS secret come from
/// <c>ingress/ingress.env</c> through kustomize replacements; that ConfigMap is local to kustomize
/// and never reaches the cluster.
/// </summary>
public static class IngressBuilder
{
    public const string FolderName = "ingress";
    public const string SettingsFile = "ingress.env";
    private const string Name = "pms";
    private const string SettingsName = "pms-ingress";
    private const string PlaceholderHost = "pms.example.org";
    private const string PlaceholderTlsSecret = "pms-tls";

    public static ResourceFolder Build(AspireManifest manifest)
    {
        var backends = manifest.OfType(ResourceTypes.Project)
            .SelectMany(project => project.Value.Bindings
                .Where(binding => binding.Value.External && binding.Value.Scheme is "http" or "https")
                .Select(binding => (Resource: project.Key, Binding: binding.Key)))
            .SelectMany(backend => PublicPaths.For(backend.Resource).Select(path => (backend.Resource, backend.Binding, Path: path)))
            .OrderByDescending(backend => backend.Path.Length)
            .ThenBy(backend => backend.Path, StringComparer.Ordinal)
            .ToList();

        var folder = new ResourceFolder(FolderName);
        folder.AddFile(SettingsFile, $"host={PlaceholderHost}\ntls-secret={PlaceholderTlsSecret}\n");
        folder.AddObject("ingress.yaml", Ingress(backends), """
            Host name and TLS secret: ingress.env. The affinity annotations keep a browser on one web pod,
            which Blazor Server's circuits need once the web front end has several replicas (ingress-nginx;
            use the equivalent of another controller).
            """);
        folder.Kustomization.ConfigMapGenerator =
        [
            new GeneratorArgs
            {
                Name = SettingsName,
                Envs = [SettingsFile],
                Options = new GeneratorOptions { Annotations = new() { ["config.kubernetes.io/local-config"] = "true" } },
            },
        ];
        folder.Kustomization.Replacements =
        [
            Replacement("data.host", "spec.rules.0.host", "spec.tls.0.hosts.0"),
            Replacement("data.tls-secret", "spec.tls.0.secretName"),
        ];
        return folder;
    }

    private static V1Ingress Ingress(IEnumerable<(string Resource, string Binding, string Path)> backends) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "Ingress",
        Metadata = new V1ObjectMeta
        {
            Name = Name,
            Annotations = new Dictionary<string, string>
            {
                ["nginx.ingress.kubernetes.io/affinity"] = "cookie",
                ["nginx.ingress.kubernetes.io/session-cookie-name"] = "pms-affinity",
                ["nginx.ingress.kubernetes.io/session-cookie-secure"] = "true",
            },
        },
        Spec = new V1IngressSpec
        {
            Tls = [new V1IngressTLS { Hosts = [PlaceholderHost], SecretName = PlaceholderTlsSecret }],
            Rules =
            [
                new V1IngressRule
                {
                    Host = PlaceholderHost,
                    Http = new V1HTTPIngressRuleValue
                    {
                        Paths =
                        [
                            .. backends.Select(backend => new V1HTTPIngressPath
                            {
                                Path = backend.Path,
                                PathType = "Prefix",
                                Backend = new V1IngressBackend
                                {
                                    Service = new V1IngressServiceBackend
                                    {
                                        Name = backend.Resource,
                                        Port = new V1ServiceBackendPort { Name = backend.Binding },
                                    },
                                },
                            }),
                        ],
                    },
                },
            ],
        },
    };

    private static Replacement Replacement(string sourceField, params string[] targetFields) => new()
    {
        Source = new ReplacementSource { Kind = "ConfigMap", Name = SettingsName, FieldPath = sourceField },
        Targets = [new ReplacementTarget { Select = new ObjectSelector { Kind = "Ingress", Name = Name }, FieldPaths = [.. targetFields] }],
    };
}
