using Pms.Deploy.Manifest;
using Pms.Deploy.Resolution;

namespace Pms.Deploy.Network;

/// <summary>
/// Which pod connects to which: a workload that names another's binding in its settings, directly or through a
/// connection string or value (a database names its server's), connects to that binding's container port.
/// </summary>
public static class FlowMap
{
    /// <param name="companionClients">Pods the profiles add (jobs), each with the expression it connects with.</param>
    public static IReadOnlyList<NetworkFlow> From(AspireManifest manifest, IReadOnlyDictionary<string, string> companionClients)
    {
        var flows = new HashSet<NetworkFlow>();
        foreach (var (name, resource) in manifest.Resources.Where(resource => IsWorkload(resource.Value)))
        {
            foreach (var expression in resource.Env.Values.Concat(resource.Args))
            {
                Follow(manifest, name, expression, flows);
            }
        }

        foreach (var (client, expression) in companionClients)
        {
            Follow(manifest, client, expression, flows);
        }

        return [.. flows.OrderBy(flow => flow.From, StringComparer.Ordinal).ThenBy(flow => flow.To, StringComparer.Ordinal).ThenBy(flow => flow.Port)];
    }

    private static bool IsWorkload(ManifestResource resource) => resource.Type is ResourceTypes.Project or ResourceTypes.Container;

    private static void Follow(AspireManifest manifest, string client, string expression, HashSet<NetworkFlow> flows)
    {
        foreach (var path in ExpressionResolver.PlaceholderPaths(expression))
        {
            var parts = path.Split('.');
            var name = parts[0];
            var resource = manifest[name];
            switch (parts[1..])
            {
                case ["bindings", var binding, _] when IsWorkload(resource) && name != client:
                    flows.Add(new NetworkFlow(client, name, resource.Bindings[binding].ContainerPort));
                    break;
                case ["connectionString"]:
                    Follow(manifest, client, resource.ConnectionString ?? "", flows);
                    break;
                case ["value"] when resource.Type != ResourceTypes.Parameter:
                    Follow(manifest, client, resource.Value ?? "", flows);
                    break;
            }
        }
    }
}
