using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Pms.Gateway.Edge;

/// <summary>
/// What a client says about forwarding or about itself inside PMS is never believed: the edge
/// drops such headers and sets X-Forwarded-* from what it saw.
/// </summary>
public static class EdgeHeaderTransforms
{
    private static readonly string[] StrippedPrefixes = ["X-Forwarded-", "X-Pms-", "X-Internal-", "X-Original-"];
    private static readonly string[] StrippedHeaders = ["Forwarded", "X-Real-IP", "X-Client-IP"];

    public static void Apply(TransformBuilderContext context)
    {
        context.AddRequestTransform(transform =>
        {
            foreach (var name in transform.HttpContext.Request.Headers.Keys.ToList())
            {
                if (StrippedHeaders.Contains(name, StringComparer.OrdinalIgnoreCase)
                    || StrippedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                {
                    RequestTransform.RemoveHeader(transform, name);
                }
            }

            return ValueTask.CompletedTask;
        });
        context.AddXForwarded(ForwardedTransformActions.Set);
    }
}
