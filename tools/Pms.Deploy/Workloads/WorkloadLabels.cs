namespace Pms.Deploy.Workloads;

public static class WorkloadLabels
{
    /// <summary>The labels that select a resource's pods; the resource name identifies them.</summary>
    public static Dictionary<string, string> For(string name) => new() { [DeploymentNames.NameLabel] = name };
}
