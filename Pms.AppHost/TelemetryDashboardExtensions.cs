using Pms.Contracts;

namespace Pms.AppHost;

public static class TelemetryDashboardExtensions
{
    private const string Image = "mcr.microsoft.com/dotnet/aspire-dashboard";
    private const string ImageTag = "13.0";
    private const int FrontendPort = 18888;
    private const int OtlpGrpcPort = 18889;

    /// <summary>
    /// A published system sends its traces, metrics and logs to the Aspire dashboard deployed beside it (a run has
    /// the AppHost's own): every project exports over OTLP with the dashboard's API key, and the dashboard's pages
    /// ask for a browser token. Both are secret parameters. Call after every project is added.
    /// </summary>
    public static void ExportTelemetryToDashboardWhenPublished(this IDistributedApplicationBuilder builder)
    {
        if (!builder.ExecutionContext.IsPublishMode)
        {
            return;
        }

        var otlpApiKey = builder.AddParameter("dashboard-otlp-api-key", secret: true);
        var dashboard = builder.AddContainer(ResourceNames.TelemetryDashboard, Image, ImageTag)
            .WithHttpEndpoint(port: FrontendPort, targetPort: FrontendPort, name: "http")
            .WithHttpEndpoint(port: OtlpGrpcPort, targetPort: OtlpGrpcPort, name: "otlp")
            .WithEnvironment("DASHBOARD__FRONTEND__AUTHMODE", "BrowserToken")
            .WithEnvironment("DASHBOARD__FRONTEND__BROWSERTOKEN", builder.AddParameter("dashboard-browser-token", secret: true))
            .WithEnvironment("DASHBOARD__OTLP__AUTHMODE", "ApiKey")
            .WithEnvironment("DASHBOARD__OTLP__PRIMARYAPIKEY", otlpApiKey);

        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", dashboard.GetEndpoint("otlp"))
                .WithEnvironment("OTEL_EXPORTER_OTLP_HEADERS", ReferenceExpression.Create($"x-otlp-api-key={otlpApiKey}"));
        }
    }
}
