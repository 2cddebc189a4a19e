using System.Text.RegularExpressions;
using Pms.Deploy.Manifest;

namespace Pms.Deploy.Resolution;

/// <summary>
/// Resolves manifest expressions the way Aspire's deployment tools do on Kubernetes: a binding's
/// host is the resource's Service name, its port the Service port, and every parameter is an
/// operator input kept in the Secret (never a value written into the manifests).
/// </summary>
/// <param name="operatorConnectionStrings">Resources whose connection string operators give in the Secret.</param>
public sealed partial class ExpressionResolver(AspireManifest manifest, IReadOnlySet<string> operatorConnectionStrings)
{
    public static string ConnectionStringKey(string resourceName) => $"{resourceName}-connection-string";

    /// <summary>The paths of an expression's placeholders, e.g. <c>postgres.bindings.tcp.host</c>.</summary>
    public static IEnumerable<string> PlaceholderPaths(string expression) =>
        Placeholder().Matches(expression).Select(placeholder => placeholder.Groups["path"].Value);

    public ResolvedValue Resolve(string expression)
    {
        var resolved = new ResolvedValue([]);
        var position = 0;
        foreach (Match placeholder in Placeholder().Matches(expression))
        {
            resolved = resolved
                .Concat(ResolvedValue.Literal(expression[position..placeholder.Index]))
                .Concat(ResolvePath(placeholder.Groups["path"].Value));
            position = placeholder.Index + placeholder.Length;
        }

        return resolved.Concat(ResolvedValue.Literal(expression[position..]));
    }

    private ResolvedValue ResolvePath(string path)
    {
        var parts = path.Split('.');
        var name = parts[0];
        var resource = manifest[name];
        return parts[1..] switch
        {
            ["connectionString"] when operatorConnectionStrings.Contains(name) => ResolvedValue.Secret(ConnectionStringKey(name)),
            ["connectionString"] => Resolve(resource.ConnectionString
                ?? throw new InvalidOperationException($"{name} has no connection string.")),
            ["value"] or ["inputs", "value"] => ResolveValue(name, resource),
            ["bindings", var binding, var property] => BindingProperty(name, resource, binding, property),
            _ => throw new InvalidOperationException($"Cannot resolve {{{path}}}."),
        };
    }

    private ResolvedValue ResolveValue(string name, ManifestResource resource) => resource.Type switch
    {
        ResourceTypes.Parameter => ResolvedValue.Secret(name),
        ResourceTypes.AnnotatedString => Filter(Resolve(resource.Value ?? ""), resource.Filter),
        _ => Resolve(resource.Value ?? throw new InvalidOperationException($"{name} has no value.")),
    };

    /// <summary>
    /// Kubernetes cannot encode a secret inside a variable, so a URI takes the secret verbatim:
    /// passwords that appear in URIs must be URI-safe (the example secrets file says so).
    /// </summary>
    private static ResolvedValue Filter(ResolvedValue value, string? filter) => filter switch
    {
        null => value,
        "uri" => new ResolvedValue([.. value.Segments.Select(segment => segment is LiteralSegment literal
            ? new LiteralSegment(Uri.EscapeDataString(literal.Text))
            : segment)]),
        _ => throw new InvalidOperationException($"Unknown filter '{filter}'."),
    };

    private static ResolvedValue BindingProperty(string name, ManifestResource resource, string bindingName, string property)
    {
        var binding = resource.Bindings.TryGetValue(bindingName, out var found)
            ? found
            : throw new InvalidOperationException($"{name} has no binding '{bindingName}'.");
        return ResolvedValue.Literal(property switch
        {
            "host" => name,
            "port" => Invariant(binding.ServicePort),
            "targetPort" => Invariant(binding.ContainerPort),
            "scheme" => binding.Scheme,
            "url" => $"{binding.Scheme}://{name}:{Invariant(binding.ServicePort)}",
            _ => throw new InvalidOperationException($"Unknown binding property '{property}' of {name}."),
        });
    }

    private static string Invariant(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{(?<path>[^{}]+)\}")]
    private static partial Regex Placeholder();
}
