namespace Pms.Deploy.Tests;

/// <summary>A deployed system sends its telemetry somewhere: every service exports OTLP to the dashboard deployed beside it.</summary>
public sealed class TelemetryTests(RenderedSystem system)
{
    private static readonly string[] Services =
        [ResourceNames.Auth, ResourceNames.Patients, ResourceNames.Billing, ResourceNames.Notifications, ResourceNames.Audit, ResourceNames.Gateway,
            ResourceNames.Web];

    [Fact]
    public void EveryServiceExportsOtlpToTheDashboardWithItsApiKey()
    {
        var dashboard = system.Named<V1Service>(ResourceNames.TelemetryDashboard);
        var otlp = Assert.Single(dashboard.Spec.Ports, port => port.Name == "otlp");
        foreach (var service in Services)
        {
            var container = Assert.Single(system.Named<V1Deployment>(service).Spec.Template.Spec.Containers);
            var settings = system.OfKind<V1ConfigMap>().Single(map => container.EnvFrom.Any(source => source.ConfigMapRef?.Name == map.Metadata.Name)).Data;
            var variables = container.Env.ToDictionary(variable => variable.Name);

            var endpoint = settings.TryGetValue("OTEL_EXPORTER_OTLP_ENDPOINT", out var fromConfig) ? fromConfig : variables["OTEL_EXPORTER_OTLP_ENDPOINT"].Value;
            Assert.Equal($"http://{ResourceNames.TelemetryDashboard}:{otlp.Port}", endpoint);
            Assert.Matches(@"^x-otlp-api-key=\$\(PMS_SECRET_DASHBOARD_OTLP_API_KEY\)$", variables["OTEL_EXPORTER_OTLP_HEADERS"].Value);
            Assert.Equal("dashboard-otlp-api-key", variables["PMS_SECRET_DASHBOARD_OTLP_API_KEY"].ValueFrom.SecretKeyRef.Key);
        }
    }

    [Fact]
    public void TheDashboardAcceptsOnlyTheServicesKeyAndAsksBrowsersForItsToken()
    {
        var container = Assert.Single(system.Named<V1Deployment>(ResourceNames.TelemetryDashboard).Spec.Template.Spec.Containers);
        var settings = system.OfKind<V1ConfigMap>().Single(map => container.EnvFrom.Any(source => source.ConfigMapRef?.Name == map.Metadata.Name)).Data;
        var secrets = container.Env.ToDictionary(variable => variable.Name, variable => variable.ValueFrom?.SecretKeyRef?.Key);

        Assert.Equal("ApiKey", settings["DASHBOARD__OTLP__AUTHMODE"]);
        Assert.Equal("BrowserToken", settings["DASHBOARD__FRONTEND__AUTHMODE"]);
        Assert.Equal("dashboard-otlp-api-key", secrets["DASHBOARD__OTLP__PRIMARYAPIKEY"]);
        Assert.Equal("dashboard-browser-token", secrets["DASHBOARD__FRONTEND__BROWSERTOKEN"]);
    }
}
