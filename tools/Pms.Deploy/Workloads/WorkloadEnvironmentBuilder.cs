using k8s.Models;
using Pms.Deploy.Resolution;

namespace Pms.Deploy.Workloads;

public static class WorkloadEnvironmentBuilder
{
    public static WorkloadEnvironment Build(IReadOnlyDictionary<string, string> environment, ExpressionResolver resolver)
    {
        var resolved = environment
            .OrderBy(variable => variable.Key, StringComparer.Ordinal)
            .Select(variable => (variable.Key, Value: resolver.Resolve(variable.Value)))
            .ToList();

        var settings = new SortedDictionary<string, string>(
            resolved.Where(variable => !variable.Value.HasSecrets).ToDictionary(variable => variable.Key, variable => variable.Value.Text),
            StringComparer.Ordinal);

        var secretValues = resolved.Where(variable => variable.Value.HasSecrets).ToList();
        var composed = secretValues.Where(variable => variable.Value.WholeSecretKey is null).ToList();

        // Kubernetes expands $(VAR) only from variables listed before the one that uses it.
        var declarations = composed
            .SelectMany(variable => variable.Value.SecretKeys)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(key => SecretReference(SecretVariableName(key), key));
        var variables = secretValues.Select(variable => variable.Value.WholeSecretKey is { } key
            ? SecretReference(variable.Key, key)
            : new V1EnvVar { Name = variable.Key, Value = variable.Value.ToDependentValue(SecretVariableName) });

        return new WorkloadEnvironment(settings, [.. declarations, .. variables]);
    }

    public static string SecretVariableName(string key) => "PMS_SECRET_" + key.ToUpperInvariant().Replace('-', '_');

    private static V1EnvVar SecretReference(string name, string key) => new()
    {
        Name = name,
        ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = DeploymentNames.Secret, Key = key } },
    };
}
