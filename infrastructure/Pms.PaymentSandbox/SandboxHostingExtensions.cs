using Microsoft.Extensions.DependencyInjection.Extensions;
using Pms.PaymentSandbox.Checkouts;
using Pms.PaymentSandbox.StripeApi;
using Pms.PaymentSandbox.Webhooks;

namespace Pms.PaymentSandbox;

public static class SandboxHostingExtensions
{
    public static IHostApplicationBuilder AddPaymentSandbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SandboxOptions>()
            .Bind(builder.Configuration.GetSection(SandboxOptions.SectionName))
            .Validate(options => !string.IsNullOrWhiteSpace(options.SecretKey), "Sandbox:SecretKey is required.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.WebhookSecret), "Sandbox:WebhookSecret is required.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.ApiVersion), "Sandbox:ApiVersion is required.")
            .Validate(options => options.WebhookAttempts > 0, "Sandbox:WebhookAttempts must be positive.")
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CheckoutStore>();
        builder.Services.AddSingleton<CheckoutPayments>();
        builder.Services.AddSingleton<IdempotentResponses>();
        builder.Services.AddSingleton<WebhookQueue>();
        builder.Services.AddHostedService<WebhookSender>();
        builder.Services.AddHostedService<CheckoutExpiry>();
        return builder;
    }
}
