using Microsoft.Extensions.Configuration;
using Pms.AppHost.Infrastructure;

namespace Pms.AppHost;

public static class ServiceSecurityExtensions
{
    /// <summary>Tells auth-service every service's client secret, so it can issue them Service tokens.</summary>
    public static IResourceBuilder<ProjectResource> WithServiceClients(
        this IResourceBuilder<ProjectResource> auth, IReadOnlyDictionary<string, IResourceBuilder<ParameterResource>> clientSecrets)
    {
        foreach (var (clientId, secret) in clientSecrets)
        {
            auth.WithEnvironment($"Auth__ServiceClients__{clientId}", secret);
        }

        return auth;
    }

    /// <summary>The service's own client id (its resource name) and secret for client-credentials tokens.</summary>
    public static IResourceBuilder<ProjectResource> WithServiceIdentity(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ParameterResource> clientSecret) =>
        service
            .WithEnvironment("ServiceIdentity__ClientId", service.Resource.Name)
            .WithEnvironment("ServiceIdentity__ClientSecret", clientSecret);

    /// <summary>
    /// The service counts its rate limits in Redis, shared by its replicas, with <c>Pms:RateLimits:*</c> of this run (e.g.
    /// raised for a benchmark) as its <c>RateLimits:*</c>. A run starts it once Redis answers; should Redis go later, the
    /// limits go unchecked and the service keeps serving.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithRateLimits(
        this IResourceBuilder<ProjectResource> service, IConfiguration configuration, PmsInfrastructure infrastructure)
    {
        service.WithReference(infrastructure.Redis);
        foreach (var limit in configuration.GetSection("Pms:RateLimits").GetChildren())
        {
            service.WithEnvironment($"RateLimits__{limit.Key}", limit.Value);
        }

        return service;
    }

    /// <summary>
    /// In a run SMS are only recorded unless <c>Pms:SmsProvider</c> is <c>Twilio</c>; then the Twilio account comes from
    /// the secret parameters <c>twilio-account-sid</c>, <c>twilio-auth-token</c> and <c>twilio-from-number</c>. A published
    /// manifest always carries the switch (parameter <c>sms-provider</c>, <c>Local</c> or <c>Twilio</c>) and the account,
    /// so a deployment chooses its provider in its secrets file rather than by regenerating its manifests.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSmsProvider(this IResourceBuilder<ProjectResource> notifications, IDistributedApplicationBuilder builder)
    {
        if (builder.ExecutionContext.IsPublishMode)
        {
            notifications.WithEnvironment("Notifications__SmsProvider", builder.AddParameter("sms-provider", "Local"));
        }
        else if (string.Equals(builder.Configuration["Pms:SmsProvider"], "Twilio", StringComparison.OrdinalIgnoreCase))
        {
            notifications.WithEnvironment("Notifications__SmsProvider", "Twilio");
        }
        else
        {
            return notifications;
        }

        return notifications
            .WithEnvironment("Notifications__Twilio__AccountSid", builder.AddParameter("twilio-account-sid", secret: true))
            .WithEnvironment("Notifications__Twilio__AuthToken", builder.AddParameter("twilio-auth-token", secret: true))
            .WithEnvironment("Notifications__Twilio__FromNumber", builder.AddParameter("twilio-from-number"));
    }

    /// <summary>
    /// In a run on one machine every hop (browser → web → gateway → service) is over loopback, so each process believes
    /// the forwarded headers its loopback callers send; in a cluster the operator names the ingress and pod networks
    /// (docs/deployment.md).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithLoopbackTrustedInRuns(this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder)
    {
        if (builder.ExecutionContext.IsRunMode)
        {
            project.WithEnvironment("ForwardedHeaders__TrustedProxies__0", "127.0.0.1").WithEnvironment("ForwardedHeaders__TrustedProxies__1", "::1");
        }

        return project;
    }

    /// <summary>A run on one machine serves the web over plain HTTP, so its session cookie cannot be a Secure __Host- cookie there.</summary>
    public static IResourceBuilder<ProjectResource> WithPlainHttpSessionsInRuns(this IResourceBuilder<ProjectResource> web, IDistributedApplicationBuilder builder) =>
        builder.ExecutionContext.IsRunMode ? web.WithEnvironment("Web__Sessions__PlainHttp", "true") : web;
}
