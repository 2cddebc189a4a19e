using Pms.Gateway.Routing;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.RateLimiting;

namespace Pms.Gateway.Edge;

public static class EdgeExtensions
{
    public const string CorsPolicy = "pms-web";

    /// <summary>The edge: token check, per-IP rate limits, CORS, body limit and the proxy itself.</summary>
    public static IHostApplicationBuilder AddEdge(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();

        builder.AddDefaultAuthentication();
        builder.AddPmsRateLimiting();
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(options.AllowedOrigins)
            .AllowAnyHeader()
            .AllowAnyMethod()));

        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddReverseProxy()
            .LoadFromMemory(GatewayRoutes.Routes, GatewayRoutes.Clusters)
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(EdgeHeaderTransforms.Apply);
        return builder;
    }

    public static WebApplication UseEdge(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseInternalPathsRefusal();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCors(CorsPolicy);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}
