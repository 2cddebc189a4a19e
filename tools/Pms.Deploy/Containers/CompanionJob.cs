using k8s.Models;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Containers;

/// <summary>
/// A Job a profile adds beside its workload (creating topics, database owners): retried until the server answers,
/// removed an hour after it ends, as the image's non-root user on a read-only root with a writable /tmp.
/// </summary>
public static class CompanionJob
{
    /// <param name="files">A ConfigMap mounted read-only for the command, if it needs one.</param>
    public static V1Job Build(
        string name, long userId, V1Container container, ResourceSizing sizing, (V1VolumeMount Mount, V1Volume Volume)? files = null)
    {
        container.Resources = sizing.ToRequirements();
        container.SecurityContext = SecurityContexts.Container(readOnlyRootFilesystem: true);
        container.VolumeMounts = [.. ScratchSpace.Mounts([DeploymentNames.TempPath]), .. files is { } withMount ? [withMount.Mount] : Array.Empty<V1VolumeMount>()];
        return new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta { Name = name, Labels = WorkloadLabels.For(name) },
            Spec = new V1JobSpec
            {
                // Jobs cannot be changed once created: the README's apply deletes finished ones, so each apply runs them (they are idempotent).
                BackoffLimit = 30,
                TtlSecondsAfterFinished = 3600,
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = WorkloadLabels.For(name) },
                    Spec = new V1PodSpec
                    {
                        RestartPolicy = "OnFailure",
                        AutomountServiceAccountToken = false,
                        SecurityContext = SecurityContexts.Pod(userId),
                        Containers = [container],
                        Volumes = [.. ScratchSpace.Volumes([DeploymentNames.TempPath]), .. files is { } withVolume ? [withVolume.Volume] : Array.Empty<V1Volume>()],
                    },
                },
            },
        };
    }
}
