using k8s.Models;

namespace Pms.Deploy.Workloads;

/// <summary>Writable <c>emptyDir</c> folders for containers whose root filesystem is read-only.</summary>
public static class ScratchSpace
{
    public static List<V1Volume> Volumes(IEnumerable<string> paths) =>
        [.. paths.Select(path => new V1Volume { Name = VolumeName(path), EmptyDir = new V1EmptyDirVolumeSource() })];

    public static List<V1VolumeMount> Mounts(IEnumerable<string> paths) =>
        [.. paths.Select(path => new V1VolumeMount { Name = VolumeName(path), MountPath = path })];

    private static string VolumeName(string path) => "scratch" + path.Replace('/', '-').TrimEnd('-');
}
