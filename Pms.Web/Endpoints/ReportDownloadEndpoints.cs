using Microsoft.AspNetCore.Components.Authorization;
using Pms.Web.Gateway;

namespace Pms.Web.Endpoints;

/// <summary>The reports' CSV downloads: the browser follows a link, the web server streams the file from the gateway as it comes.</summary>
public static class ReportDownloadEndpoints
{
    /// <summary>The reports a link may ask for, and where the services serve each as CSV.</summary>
    private static readonly Dictionary<string, string> Reports = new(StringComparer.Ordinal)
    {
        ["payers"] = "/api/billing/reports/payers?format=csv",
        ["aged-receivables"] = "/api/billing/reports/aged-receivables?format=csv",
        ["open-bills"] = "/api/billing/reports/aged-receivables/bills?format=csv",
        ["claims"] = "/api/billing/reports/claims?format=csv",
        ["registrations"] = "/api/patients/reports/registrations?format=csv",
        ["appointments"] = "/api/patients/reports/appointments?format=csv",
    };

    public static string CsvPath(string report, DateOnly? from = null, DateOnly? to = null) =>
        $"/files/reports/{report}" + (from is { } first && to is { } last ? $"?from={first:yyyy-MM-dd}&to={last:yyyy-MM-dd}" : "");

    public static IEndpointRouteBuilder MapReportDownloadEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/reports/{report}", Download).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> Download(
        string report, DateOnly? from, DateOnly? to, HttpContext context, AuthenticationStateProvider authentication, ClientAddress client,
        GatewayClient gateway, CancellationToken cancellationToken)
    {
        if (!Reports.TryGetValue(report, out var path))
        {
            return TypedResults.NotFound();
        }

        var period = from is { } first && to is { } last ? $"&from={first:yyyy-MM-dd}&to={last:yyyy-MM-dd}" : "";
        return await GatewayDownloads.ForwardAsync(context, authentication, client, gateway, path + period, async response =>
        {
            var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? $"{report}.csv";
            return TypedResults.Stream(await response.Content.ReadAsStreamAsync(cancellationToken), "text/csv", fileName);
        }, cancellationToken);
    }
}
