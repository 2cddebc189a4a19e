using k8s.Models;

namespace Pms.Deploy.Workloads;

/// <summary>Every container runs as its image's non-root user, without privileges it could gain or keep.</summary>
public static class SecurityContexts
{
    public static V1PodSecurityContext Pod(long userId) => new()
    {
        RunAsNonRoot = true,
        RunAsUser = userId,
        RunAsGroup = userId,
        FsGroup = userId,
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };

    public static V1SecurityContext Container(bool readOnlyRootFilesystem) => new()
    {
        RunAsNonRoot = true,
        AllowPrivilegeEscalation = false,
        ReadOnlyRootFilesystem = readOnlyRootFilesystem,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
    };
}
