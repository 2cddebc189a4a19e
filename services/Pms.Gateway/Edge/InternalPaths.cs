namespace Pms.Gateway.Edge;

/// <summary>
/// Paths under a routed prefix that only services may use: the client-credentials grant lives under
/// <c>/api/auth</c>, but a service secret has no business crossing the edge, so the edge answers 404 whoever asks.
/// </summary>
public static class InternalPaths
{
    public static IReadOnlyList<PathString> Paths { get; } = ["/api/auth/token"];

    public static IApplicationBuilder UseInternalPathsRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Paths.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)))
        {
            await Results.Problem(title: "Not found.", statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context);
            return;
        }

        await next(context);
    });
}
