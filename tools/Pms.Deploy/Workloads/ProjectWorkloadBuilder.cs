using k8s.Models;
using Pms.Deploy.Images;
using Pms.Deploy.Manifest;
using Pms.Deploy.Output;
using Pms.Deploy.Resolution;

namespace Pms.Deploy.Workloads;

/// <summary>
/// A .NET project of the AppHost: a Deployment of its image, its Service, its settings ConfigMap,
/// an autoscaler (the services keep their state in Postgres and Kafka, so replicas are equal) and a
/// disruption budget that keeps one replica serving while a node is drained.
/// </summary>
public static class ProjectWorkloadBuilder
{
    /// <summary>The user "app" of the .NET base images.</summary>
    public const long DotNetUserId = 1654;

    /// <summary>The endpoints Pms.ServiceDefaults maps in every environment: liveness without dependencies, readiness with them.</summary>
    public const string AlivenessPath = "/alive";

    public const string HealthPath = "/health";

    public const int MinReplicas = 2;
    private const string HttpBinding = "http";
    private static readonly ResourceSizing Sizing = new("100m", "256Mi", "1", "512Mi");

    public static ResourceFolder Build(string name, ManifestResource project, ContainerImage image, ExpressionResolver resolver)
    {
        if (!project.Bindings.ContainsKey(HttpBinding))
        {
            throw new InvalidOperationException($"{name} has no http binding to probe.");
        }

        var environment = WorkloadEnvironmentBuilder.Build(project.Env, resolver);
        var configMap = DeploymentNames.EnvironmentConfigMap(name);
        var folder = new ResourceFolder(name);
        folder.AddConfigMap(configMap, environment.Settings);
        folder.AddObject("deployment.yaml", Deployment(name, project, image, environment, configMap));
        folder.AddObject("service.yaml", ServiceBuilder.Build(name, project.Bindings));
        folder.AddObject("hpa.yaml", Autoscaler(name));
        folder.AddObject("pdb.yaml", DisruptionBudget(name));
        return folder;
    }

    private static V1Deployment Deployment(
        string name, ManifestResource project, ContainerImage image, WorkloadEnvironment environment, string configMap) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = name, Labels = WorkloadLabels.For(name) },
        // No replica count: the autoscaler owns it, and re-applying must not reset it.
        Spec = new V1DeploymentSpec
        {
            Selector = new V1LabelSelector { MatchLabels = WorkloadLabels.For(name) },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = WorkloadLabels.For(name) },
                Spec = new V1PodSpec
                {
                    AutomountServiceAccountToken = false,
                    SecurityContext = SecurityContexts.Pod(DotNetUserId),
                    Containers =
                    [
                        new V1Container
                        {
                            Name = name,
                            Image = image.ToString(),
                            ImagePullPolicy = "IfNotPresent",
                            Ports = ServiceBuilder.ContainerPorts(project.Bindings),
                            EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = configMap } }],
                            Env = environment.SecretVariables.Count > 0 ? [.. environment.SecretVariables] : null,
                            StartupProbe = Probe.Http(AlivenessPath, HttpBinding, periodSeconds: 5, failureThreshold: 36),
                            LivenessProbe = Probe.Http(AlivenessPath, HttpBinding, periodSeconds: 10, failureThreshold: 3),
                            ReadinessProbe = Probe.Http(HealthPath, HttpBinding, periodSeconds: 10, failureThreshold: 3),
                            Resources = Sizing.ToRequirements(),
                            SecurityContext = SecurityContexts.Container(readOnlyRootFilesystem: true),
                            VolumeMounts = ScratchSpace.Mounts([DeploymentNames.TempPath]),
                        },
                    ],
                    Volumes = ScratchSpace.Volumes([DeploymentNames.TempPath]),
                    // Replicas on different nodes where there are several; a single node still runs them all.
                    TopologySpreadConstraints =
                    [
                        new V1TopologySpreadConstraint
                        {
                            MaxSkew = 1,
                            TopologyKey = "kubernetes.io/hostname",
                            WhenUnsatisfiable = "ScheduleAnyway",
                            LabelSelector = new V1LabelSelector { MatchLabels = WorkloadLabels.For(name) },
                        },
                    ],
                },
            },
        },
    };

    private static V1PodDisruptionBudget DisruptionBudget(string name) => new()
    {
        ApiVersion = "policy/v1",
        Kind = "PodDisruptionBudget",
        Metadata = new V1ObjectMeta { Name = name, Labels = WorkloadLabels.For(name) },
        Spec = new V1PodDisruptionBudgetSpec
        {
            MinAvailable = 1,
            Selector = new V1LabelSelector { MatchLabels = WorkloadLabels.For(name) },
        },
    };

    private static V2HorizontalPodAutoscaler Autoscaler(string name) => new()
    {
        ApiVersion = "autoscaling/v2",
        Kind = "HorizontalPodAutoscaler",
        Metadata = new V1ObjectMeta { Name = name, Labels = WorkloadLabels.For(name) },
        Spec = new V2HorizontalPodAutoscalerSpec
        {
            ScaleTargetRef = new V2CrossVersionObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Name = name },
            MinReplicas = MinReplicas,
            MaxReplicas = 6,
            Metrics =
            [
                new V2MetricSpec
                {
                    Type = "Resource",
                    Resource = new V2ResourceMetricSource
                    {
                        Name = "cpu",
                        Target = new V2MetricTarget { Type = "Utilization", AverageUtilization = 70 },
                    },
                },
            ],
        },
    };
}
