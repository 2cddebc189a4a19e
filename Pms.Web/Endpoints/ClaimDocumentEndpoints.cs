using Microsoft.AspNetCore.Components.Authorization;
using Pms.Web.Gateway;

namespace Pms.Web.Endpoints;

/// <summary>A claim's documents for the insurer as plain downloads: the PDF and the FHIR Claim, fetched with the session's token.</summary>
public static class ClaimDocumentEndpoints
{
    public static string PdfPath(Guid claimId) => $"/files/claims/{claimId}/document";

    public static string FhirPath(Guid claimId) => $"/files/claims/{claimId}/fhir";

    public static IEndpointRouteBuilder MapClaimDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/claims/{id:guid}/document", (Guid id, HttpContext context, AuthenticationStateProvider authentication, ClientAddress client,
                GatewayClient gateway, CancellationToken cancellationToken) =>
            DownloadAsync($"/api/billing/claims/{id}/document", "application/pdf", context, authentication, client, gateway, cancellationToken))
            .RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/files/claims/{id:guid}/fhir", (Guid id, HttpContext context, AuthenticationStateProvider authentication, ClientAddress client,
                GatewayClient gateway, CancellationToken cancellationToken) =>
            DownloadAsync($"/api/billing/claims/{id}/fhir", "application/fhir+json", context, authentication, client, gateway, cancellationToken, $"claim-{id}.fhir.json"))
            .RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static Task<IResult> DownloadAsync(
        string path, string contentType, HttpContext context, AuthenticationStateProvider authentication, ClientAddress client, GatewayClient gateway,
        CancellationToken cancellationToken, string? fileName = null) =>
        GatewayDownloads.ForwardAsync(context, authentication, client, gateway, path, async response =>
        {
            var name = fileName ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "claim.pdf";
            return TypedResults.Stream(await response.Content.ReadAsStreamAsync(cancellationToken), contentType, name);
        }, cancellationToken);
}
