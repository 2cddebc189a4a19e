using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Model;

namespace Pms.Gateway.Edge;

/// <summary>
/// Refuses a declared oversized body with a 413 ProblemDetails before proxying, and caps bodies
/// of unknown length at the same size while they stream. The size is the matched route's
/// <see cref="Yarp.ReverseProxy.Configuration.RouteConfig.MaxRequestBodySize"/> when it has one,
/// <see cref="GatewayOptions.MaxRequestBodyBytes"/> otherwise.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<GatewayOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.MaxRequestBodySize is > 0 and var routeLimit
            ? routeLimit
            : options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await Results.Problem(
                title: "The request body is too large.",
                detail: $"The limit is {limit} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
