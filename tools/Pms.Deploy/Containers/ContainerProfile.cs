using k8s.Models;
using Pms.Deploy.Images;
using Pms.Deploy.Output;
using Pms.Deploy.Workloads;

namespace Pms.Deploy.Containers;

/// <summary>
/// How one third-party image runs on Kubernetes: its non-root user, what it writes, its data,
/// its probes and sizes. The manifest says what the AppHost wires; the profile adds what only
/// a cluster needs.
/// </summary>
public abstract class ContainerProfile
{
    public abstract long UserId { get; }

    public abstract bool ReadOnlyRootFilesystem { get; }

    /// <summary>Folders the image writes to at run time, given as <c>emptyDir</c>.</summary>
    public virtual IReadOnlyList<string> ScratchPaths => [DeploymentNames.TempPath];

    public abstract ResourceSizing Sizing { get; }

    /// <summary>Where a persistent volume is mounted when the AppHost declares none; null for stateless images.</summary>
    public virtual string? DataPath => null;

    public virtual string DataSize => "10Gi";

    /// <summary>Settings the image needs on a cluster besides those the AppHost passes.</summary>
    public virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>
    /// When true, the services get this resource's connection string from the Secret (key
    /// <c>{name}-connection-string</c>), so operators can point them elsewhere without a patch.
    /// </summary>
    public virtual bool ConnectionStringIsOperatorInput => false;

    /// <summary>What the example secrets file says of that connection string.</summary>
    public virtual string ConnectionStringDescription => "";

    /// <summary>What an operator should know about this resource, written at the top of its workload.</summary>
    public abstract string Note { get; }

    public abstract bool Matches(ContainerImage image);

    public abstract ContainerProbes Probes(ContainerContext context);

    /// <summary>
    /// The pods besides the workload's own that <see cref="AddCompanions"/> adds (jobs), by name, each with the
    /// manifest expression it connects with, so the network policies let them reach what they need.
    /// </summary>
    public virtual IReadOnlyDictionary<string, string> CompanionClients(ContainerContext context) => new Dictionary<string, string>();

    /// <summary>Adds objects that belong with the workload (init scripts, jobs) and mounts them into its pod.</summary>
    public virtual void AddCompanions(ContainerContext context, ResourceFolder folder, V1PodSpec pod)
    {
    }
}
