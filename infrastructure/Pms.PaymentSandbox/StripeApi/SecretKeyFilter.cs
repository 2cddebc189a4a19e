using Microsoft.Extensions.Options;

namespace Pms.PaymentSandbox.StripeApi;

/// <summary>Stripe's API answers 401 to a request without the account's secret key.</summary>
public sealed class SecretKeyFilter(IOptions<SandboxOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (header != $"Bearer {options.Value.SecretKey}")
        {
            return Results.Json(StripeObjects.Error("invalid_request_error", "Invalid API Key provided."), statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }
}
