using k8s.Models;
using Pms.Deploy.Output;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Containers;

/// <summary>
/// A container resource of the manifest: a StatefulSet with a persistent volume when it keeps data,
/// otherwise a single-replica Deployment; its Service and settings ConfigMap.
/// </summary>
public static class ContainerWorkloadBuilder
{
    private const string DataVolume = "data";

    public static ResourceFolder Build(ContainerContext context, ContainerProfile profile)
    {
        var name = context.Name;
        var environment = WorkloadEnvironmentBuilder.Build(context.Resource.Env, context.Resolver);
        var settings = Settings(context, profile, environment);
        var configMap = DeploymentNames.EnvironmentConfigMap(name);
        var dataPath = DataPath(context, profile);
        var pod = new V1PodSpec
        {
            AutomountServiceAccountToken = false,
            SecurityContext = SecurityContexts.Pod(profile.UserId),
            Containers = [Container(context, profile, environment, settings.Count > 0 ? configMap : null, dataPath)],
            Volumes = ScratchSpace.Volumes(profile.ScratchPaths),
        };

        var folder = new ResourceFolder(name);
        if (settings.Count > 0)
        {
            folder.AddConfigMap(configMap, settings);
        }

        profile.AddCompanions(context, folder, pod);
        var template = new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Labels = WorkloadLabels.For(name) }, Spec = pod };
        if (dataPath is null)
        {
            folder.AddObject("deployment.yaml", Deployment(name, template), profile.Note);
        }
        else
        {
            folder.AddObject("statefulset.yaml", StatefulSet(name, template, profile.DataSize), profile.Note);
        }

        folder.AddObject("service.yaml", ServiceBuilder.Build(name, context.Resource.Bindings));
        return folder;
    }

    /// <summary>The AppHost's plain settings and the profile's, which must not overlap.</summary>
    private static SortedDictionary<string, string> Settings(ContainerContext context, ContainerProfile profile, WorkloadEnvironment environment)
    {
        var settings = new SortedDictionary<string, string>(
            environment.Settings.ToDictionary(setting => setting.Key, setting => setting.Value), StringComparer.Ordinal);
        foreach (var (key, value) in profile.Settings)
        {
            if (!settings.TryAdd(key, value))
            {
                throw new InvalidOperationException($"The AppHost already sets {key} of {context.Name}; drop it from the {profile.GetType().Name}.");
            }
        }

        return settings;
    }

    private static V1Container Container(
        ContainerContext context, ContainerProfile profile, WorkloadEnvironment environment, string? configMap, string? dataPath)
    {
        var probes = profile.Probes(context);
        var container = new V1Container
        {
            Name = context.Name,
            Image = context.Image.ToString(),
            ImagePullPolicy = "IfNotPresent",
            Command = context.Resource.Entrypoint is { } entrypoint ? [entrypoint] : null,
            Args = context.Resource.Args.Count > 0 ? [.. context.Resource.Args] : null,
            Ports = ServiceBuilder.ContainerPorts(context.Resource.Bindings),
            EnvFrom = configMap is null ? null : [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = configMap } }],
            Env = environment.SecretVariables.Count > 0 ? [.. environment.SecretVariables] : null,
            StartupProbe = probes.Startup,
            LivenessProbe = probes.Liveness,
            ReadinessProbe = probes.Readiness,
            Resources = profile.Sizing.ToRequirements(),
            SecurityContext = SecurityContexts.Container(profile.ReadOnlyRootFilesystem),
            VolumeMounts = ScratchSpace.Mounts(profile.ScratchPaths),
        };
        if (dataPath is not null)
        {
            container.VolumeMounts.Add(new V1VolumeMount { Name = DataVolume, MountPath = dataPath });
        }

        return container;
    }

    /// <summary>The AppHost's volume if it declares one (its name is machine-specific, so only the target is kept), else the profile's.</summary>
    private static string? DataPath(ContainerContext context, ContainerProfile profile) => context.Resource.Volumes switch
    {
        [] => profile.DataPath,
        [var volume] => volume.Target,
        _ => throw new InvalidOperationException($"{context.Name} declares several volumes; only one data volume per workload is supported."),
    };

    private static V1Deployment Deployment(string name, V1PodTemplateSpec template) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = name, Labels = WorkloadLabels.For(name) },
        Spec = new V1DeploymentSpec
        {
            Replicas = 1,
            Selector = new V1LabelSelector { MatchLabels = WorkloadLabels.For(name) },
            Template = template,
        },
    };

    private static V1StatefulSet StatefulSet(string name, V1PodTemplateSpec template, string dataSize) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "StatefulSet",
        Metadata = new V1ObjectMeta { Name = name, Labels = WorkloadLabels.For(name) },
        Spec = new V1StatefulSetSpec
        {
            ServiceName = name,
            Replicas = 1,
            Selector = new V1LabelSelector { MatchLabels = WorkloadLabels.For(name) },
            Template = template,
            VolumeClaimTemplates =
            [
                new V1PersistentVolumeClaim
                {
                    Metadata = new V1ObjectMeta { Name = DataVolume },
                    Spec = new V1PersistentVolumeClaimSpec
                    {
                        AccessModes = ["ReadWriteOnce"],
                        Resources = new V1VolumeResourceRequirements
                        {
                            Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(dataSize) },
                        },
                    },
                },
            ],
        },
    };
}
