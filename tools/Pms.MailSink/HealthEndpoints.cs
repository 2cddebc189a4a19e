using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Pms.MailSink;

public static class HealthEndpoints
{
    public const string LiveTag = "live";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health");
        endpoints.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });
        return endpoints;
    }
}
