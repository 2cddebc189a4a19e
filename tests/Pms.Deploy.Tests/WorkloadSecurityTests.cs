using Pms.Deploy.Workloads;

namespace Pms.Deploy.Tests;

/// <summary>Every workload is probed, sized and confined.</summary>
public sealed class WorkloadSecurityTests(RenderedSystem system)
{
    private static readonly string[] Services =
        [ResourceNames.Auth, ResourceNames.Patients, ResourceNames.Billing, ResourceNames.Notifications, ResourceNames.Audit, ResourceNames.Gateway,
            ResourceNames.Web];

    [Fact]
    public void EveryWorkloadHasLivenessAndReadinessProbes()
    {
        Assert.NotEmpty(system.Workloads);
        Assert.All(system.Workloads.SelectMany(workload => workload.Pod.Containers), container =>
        {
            Assert.NotNull(container.LivenessProbe);
            Assert.NotNull(container.ReadinessProbe);
        });
    }

    [Fact]
    public void TheServicesAreLiveOnAliveAndReadyOnHealth()
    {
        foreach (var service in Services)
        {
            var container = Assert.Single(system.Named<V1Deployment>(service).Spec.Template.Spec.Containers);
            Assert.Equal(ProjectWorkloadBuilder.AlivenessPath, container.LivenessProbe.HttpGet.Path);
            Assert.Equal(ProjectWorkloadBuilder.HealthPath, container.ReadinessProbe.HttpGet.Path);
        }
    }

    [Fact]
    public void EveryContainerRequestsAndIsLimitedInCpuAndMemory()
    {
        Assert.All(system.Pods.SelectMany(pod => pod.Pod.Containers), container =>
        {
            Assert.Equal(["cpu", "memory"], container.Resources.Requests.Keys.Order());
            Assert.Equal(["cpu", "memory"], container.Resources.Limits.Keys.Order());
        });
    }

    [Fact]
    public void EveryPodRunsAsANonRootUserThatCannotGainPrivileges()
    {
        Assert.All(system.Pods, pod =>
        {
            Assert.True(pod.Pod.SecurityContext.RunAsNonRoot, $"{pod.Name} may run as root.");
            Assert.True(pod.Pod.SecurityContext.RunAsUser > 0, $"{pod.Name} names no non-root user.");
            Assert.Equal("RuntimeDefault", pod.Pod.SecurityContext.SeccompProfile.Type);
            Assert.False(pod.Pod.AutomountServiceAccountToken);
            Assert.All(pod.Pod.Containers, container =>
            {
                Assert.False(container.SecurityContext.AllowPrivilegeEscalation, $"{pod.Name} may escalate privileges.");
                Assert.True(container.SecurityContext.RunAsNonRoot);
                Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
            });
        });
    }

    [Fact]
    public void TheServicesRunAsTheDotNetAppUserOnAReadOnlyRootWithAWritableTmp()
    {
        foreach (var service in Services)
        {
            var pod = system.Named<V1Deployment>(service).Spec.Template.Spec;
            var container = Assert.Single(pod.Containers);
            Assert.Equal(ProjectWorkloadBuilder.DotNetUserId, pod.SecurityContext.RunAsUser);
            Assert.True(container.SecurityContext.ReadOnlyRootFilesystem, $"{service} can write its root filesystem.");
            var tmp = Assert.Single(container.VolumeMounts, mount => mount.MountPath == "/tmp");
            Assert.NotNull(Assert.Single(pod.Volumes, volume => volume.Name == tmp.Name).EmptyDir);
        }
    }
}
