using Microsoft.AspNetCore.Components.Authorization;
using Pms.Web.Gateway;

namespace Pms.Web.Endpoints;

/// <summary>Invoice PDFs as plain downloads: the browser follows a link, the web server fetches the file with the session's token.</summary>
public static class InvoiceEndpoints
{
    public static string InvoicePath(Guid billId, bool inline = false) => $"/files/bills/{billId}/invoice{(inline ? "?inline=true" : "")}";

    public static IEndpointRouteBuilder MapInvoiceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/bills/{id:guid}/invoice", Download).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    public static Task<IResult> Download(
        Guid id, bool? inline, HttpContext context, AuthenticationStateProvider authentication, ClientAddress client, GatewayClient gateway,
        CancellationToken cancellationToken) =>
        GatewayDownloads.ForwardAsync(context, authentication, client, gateway, $"/api/billing/bills/{id}/invoice", async response =>
        {
            var fileName = response.Content.Headers.ContentDisposition?.FileNameStar
                ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
                ?? $"invoice-{id}.pdf";
            var content = await response.Content.ReadAsStreamAsync(cancellationToken);
            return TypedResults.Stream(content, "application/pdf", inline == true ? null : fileName);
        }, cancellationToken);
}
