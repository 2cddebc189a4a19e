using Microsoft.AspNetCore.Components.Authorization;
using Pms.Web.Gateway;

namespace Pms.Web.Endpoints;

/// <summary>The audit log's CSV export as a plain download: the browser follows a link, the web server streams the file from the gateway.</summary>
public static class AuditExportEndpoints
{
    public const string ExportPath = "/files/audit/export";

    public static IEndpointRouteBuilder MapAuditExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, Export).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    public static Task<IResult> Export(
        HttpContext context, AuthenticationStateProvider authentication, ClientAddress client, GatewayClient gateway, CancellationToken cancellationToken) =>
        GatewayDownloads.ForwardAsync(context, authentication, client, gateway, $"/api/audit/export{context.Request.QueryString}", async response =>
        {
            var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "audit.csv";
            return TypedResults.Stream(await response.Content.ReadAsStreamAsync(cancellationToken), "text/csv", fileName);
        }, cancellationToken);
}
