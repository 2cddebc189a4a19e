using Microsoft.Extensions.Configuration;
using Pms.AppHost.Infrastructure;
using Pms.AppHost.Infrastructure.Local;
using Pms.Contracts;

namespace Pms.AppHost;

/// <summary>The payment provider billing uses: the local payment sandbox in a local run, Stripe everywhere else.</summary>
public sealed record PaymentProvider(
    IResourceBuilder<ParameterResource> SecretKey,
    IResourceBuilder<ParameterResource> WebhookSecret,
    IResourceBuilder<ProjectResource>? Sandbox);

public static class PaymentProviderExtensions
{
    public static PaymentProvider AddPaymentProvider(this IDistributedApplicationBuilder builder, PmsInfrastructure infrastructure)
    {
        if (infrastructure.Mode != InfrastructureMode.Local)
        {
            // Stripe's own keys (sk_… and the webhook endpoint's whsec_…): nothing may invent them.
            return new PaymentProvider(
                builder.AddParameter("payments-secret-key", secret: true),
                builder.AddParameter("payments-webhook-secret", secret: true),
                Sandbox: null);
        }

        var secretKey = builder.AddParameter("payments-secret-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
        var webhookSecret = builder.AddParameter("payments-webhook-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
        var options = builder.Configuration.GetSection(LocalInfrastructureOptions.SectionName).Get<LocalInfrastructureOptions>() ?? new LocalInfrastructureOptions();
        var sandbox = builder.AddProject<Projects.Pms_PaymentSandbox>(ResourceNames.Payments)
            .WithHttpEndpoint(port: options.PaymentsHttpPort)
            .WithHttpHealthCheck("/health")
            .WithEnvironment("Sandbox__SecretKey", secretKey)
            .WithEnvironment("Sandbox__WebhookSecret", webhookSecret);
        return new PaymentProvider(secretKey, webhookSecret, sandbox);
    }

    public static IResourceBuilder<ProjectResource> WithPaymentProvider(this IResourceBuilder<ProjectResource> billing, PaymentProvider provider)
    {
        billing
            .WithEnvironment("Payments__SecretKey", provider.SecretKey)
            .WithEnvironment("Payments__WebhookSecret", provider.WebhookSecret);
        if (provider.Sandbox is { } sandbox)
        {
            billing.WithEnvironment("Payments__ApiBase", sandbox.GetEndpoint("http")).WaitFor(sandbox);
        }

        return billing;
    }

    /// <summary>The provider posts its events to the gateway, as Stripe posts to the hospital's public address.</summary>
    public static void SendWebhooksTo(this PaymentProvider provider, IResourceBuilder<ProjectResource> gateway) =>
        provider.Sandbox?.WithEnvironment("Sandbox__WebhookUrl", ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/api/billing/webhooks/payments"));
}
