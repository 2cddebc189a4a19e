using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Net.Http.Headers;
using Pms.Web.Gateway;

namespace Pms.Web.Endpoints;

/// <summary>A patient's documents as plain downloads, fetched from the gateway with the session's token and streamed on.</summary>
public static class DocumentEndpoints
{
    public static string DownloadPath(Guid patientId, Guid documentId) => $"/files/patients/{patientId}/documents/{documentId}";

    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/patients/{patientId:guid}/documents/{documentId:guid}", Download).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    public static Task<IResult> Download(
        Guid patientId, Guid documentId, HttpContext context, AuthenticationStateProvider authentication, ClientAddress client,
        GatewayClient gateway, CancellationToken cancellationToken) =>
        GatewayDownloads.ForwardAsync(context, authentication, client, gateway, $"/api/patients/{patientId}/documents/{documentId}/content", async response =>
        {
            // The file is whatever someone uploaded: the browser must save it as an attachment, never render it as a page of
            // this site, and keep no copy of a medical record in its cache.
            context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            context.Response.Headers.CacheControl = "no-store, private";
            context.Response.ContentLength = response.Content.Headers.ContentLength;
            var fileName = response.Content.Headers.ContentDisposition?.FileNameStar
                ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
                ?? "document";
            var content = await response.Content.ReadAsStreamAsync(cancellationToken);
            return TypedResults.Stream(content, response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream", fileName);
        }, cancellationToken);
}
