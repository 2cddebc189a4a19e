using Pms.Contracts;

namespace Pms.Deploy.Ingress;

/// <summary>
/// Which paths of the one public host reach which externally reachable resource: the gateway owns
/// the API and the OpenID discovery documents, the web front end everything else. One host means
/// one certificate and no cross-origin calls.
/// </summary>
public static class PublicPaths
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByResource { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [ResourceNames.Gateway] = ["/api", "/.well-known"],
        [ResourceNames.Web] = ["/"],
    };

    public static IReadOnlyList<string> For(string resourceName) =>
        ByResource.TryGetValue(resourceName, out var paths)
            ? paths
            : throw new InvalidOperationException($"{resourceName} is external but has no public paths; add them to {nameof(PublicPaths)}.");
}
