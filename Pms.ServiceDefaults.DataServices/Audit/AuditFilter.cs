using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Pms.ServiceDefaults.Audit;

/// <summary>
/// Stores what a request's <see cref="AuditTrail"/> recorded, stamped with the answer's status, before the answer is
/// written: a read that is served is a read that is audited. A refusal by ownership (403, 404) is recorded as denied.
/// With <c>Audit:ServerTiming</c> on, the answer says how long that took (<c>Server-Timing: audit;dur=…</c>), for the benchmarks.
/// </summary>
public sealed class AuditFilter(AuditTiming timing) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var services = context.HttpContext.RequestServices;
        var trail = services.GetRequiredService<AuditTrail>();
        if (trail.HasPending)
        {
            var answer = result;
            while (answer is INestedHttpResult nested)
            {
                answer = nested.Result;
            }

            var status = answer is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
            var started = Stopwatch.GetTimestamp();
            await services.GetRequiredService<IAuditStore>().StoreAsync(trail.Take(status), context.HttpContext.RequestAborted);
            if (timing.Reported)
            {
                context.HttpContext.Response.Headers.Append("Server-Timing",
                    string.Create(CultureInfo.InvariantCulture, $"audit;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.000}"));
            }
        }

        return result;
    }
}
