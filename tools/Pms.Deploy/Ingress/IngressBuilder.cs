using k8s.Models;
using Pms.Deploy.Kustomize;
using Pms.Deploy.Manifest;
using Pms.Deploy.Network;
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
    private const string PlaceholderControllerNamespace = "ingress-nginx";
    private const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    public static ResourceFolder Build(AspireManifest manifest)
    {
        var backends = PublicBindings(manifest)
            .SelectMany(backend => PublicPaths.For(backend.Resource).Select(path => (backend.Resource, backend.Binding, Path: path)))
            .OrderByDescending(backend => backend.Path.Length)
            .ThenBy(backend => backend.Path, StringComparer.Ordinal)
            .ToList();

        var folder = new ResourceFolder(FolderName);
        folder.AddFile(SettingsFile,
            $"host={PlaceholderHost}\ntls-secret={PlaceholderTlsSecret}\ncontroller-namespace={PlaceholderControllerNamespace}\n");
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
        var policies = PublicBindings(manifest).Distinct().Select(backend => ControllerPolicy(manifest, backend)).ToList();
        foreach (var policy in policies)
        {
            folder.AddObject($"{policy.Metadata.Name}.yaml", policy, """
                The ingress controller's pods may reach this public endpoint; they run in the namespace named in
                ingress.env (controller-namespace).
                """);
        }

        folder.Kustomization.Replacements =
        [
            Replacement("data.host", new ObjectSelector { Kind = "Ingress", Name = Name }, "spec.rules.0.host", "spec.tls.0.hosts.0"),
            Replacement("data.tls-secret", new ObjectSelector { Kind = "Ingress", Name = Name }, "spec.tls.0.secretName"),
            .. policies.Select(policy => Replacement("data.controller-namespace",
                new ObjectSelector { Kind = policy.Kind, Name = policy.Metadata.Name },
                $"spec.ingress.0.from.0.namespaceSelector.matchLabels.[{NamespaceNameLabel}]")),
        ];
        return folder;
    }

    /// <summary>The bindings the Ingress routes to: the projects' external HTTP endpoints.</summary>
    public static IEnumerable<(string Resource, string Binding)> PublicBindings(AspireManifest manifest) =>
        manifest.OfType(ResourceTypes.Project)
            .SelectMany(project => project.Value.Bindings
                .Where(binding => binding.Value.External && binding.Value.Scheme is "http" or "https")
                .Select(binding => (Resource: project.Key, Binding: binding.Key)));

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

    private static V1NetworkPolicy ControllerPolicy(AspireManifest manifest, (string Resource, string Binding) backend) =>
        NetworkPolicyBuilder.Policy($"ingress-controller-to-{backend.Resource}", NetworkPolicyBuilder.Pods(backend.Resource),
        [
            new V1NetworkPolicyIngressRule
            {
                FromProperty =
                [
                    new V1NetworkPolicyPeer
                    {
                        NamespaceSelector = new V1LabelSelector
                        {
                            MatchLabels = new Dictionary<string, string> { [NamespaceNameLabel] = PlaceholderControllerNamespace },
                        },
                    },
                ],
                Ports = [NetworkPolicyBuilder.TcpPort(manifest[backend.Resource].Bindings[backend.Binding].ContainerPort)],
            },
        ],
        egress: null);

    private static Replacement Replacement(string sourceField, ObjectSelector target, params string[] targetFields) => new()
    {
        Source = new ReplacementSource { Kind = "ConfigMap", Name = SettingsName, FieldPath = sourceField },
        Targets = [new ReplacementTarget { Select = target, FieldPaths = [.. targetFields] }],
    };
}
