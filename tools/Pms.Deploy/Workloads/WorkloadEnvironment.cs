using k8s.Models;

namespace Pms.Deploy.Workloads;

/// <summary>
/// A workload's environment split by sensitivity: plain settings go to its ConfigMap; values that
/// hold a secret are container variables that reference the Secret, directly or through
/// <c>$(VAR)</c>, so no password lands in a ConfigMap.
/// </summary>
public sealed record WorkloadEnvironment(
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<V1EnvVar> SecretVariables);
