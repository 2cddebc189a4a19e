using Pms.Billing.Claims;
using Pms.Billing.Infrastructure;
using Pms.Billing.Invoices;
using Pms.Billing.Payments;
using Pms.Billing.Reports;
using Pms.Billing.Services;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Fhir;
using Pms.ServiceDefaults.Messaging;

namespace Pms.Billing.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<BillingDbContext>(ResourceNames.BillingDatabase);
        builder.AddMessaging<BillingDbContext>(ResourceNames.Billing, ResourceNames.BillingDatabase);
        builder.AddDefaultAuthentication();
        builder.AddFhir();

        builder.Services.AddOptions<BillingOptions>().BindConfiguration(BillingOptions.SectionName);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<InvoiceOptions>().BindConfiguration(InvoiceOptions.SectionName);
        builder.Services.AddSingleton<InvoiceRenderer>();
        builder.Services.AddSingleton<ClaimPdfRenderer>();
        builder.Services.AddScoped<OperationalReports>();
        builder.Services.AddScoped<CatalogFeeBills>();
        builder.Services.AddScoped<BillIssuing>();
        builder.Services.AddScoped<BillChanges>();
        builder.Services.AddScoped<BillQueries>();
        builder.Services.AddScoped<Coverages>();
        builder.Services.AddScoped<ClaimQueries>();

        builder.Services.AddOptions<PaymentOptions>().BindConfiguration(PaymentOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.SecretKey), "Payments:SecretKey (the provider's secret API key) is required.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.WebhookSecret), "Payments:WebhookSecret (the webhook signing secret) is required.")
            .Validate(options => options.CheckoutLifetime > TimeSpan.Zero && options.ReconcileEvery > TimeSpan.Zero, "Payments:CheckoutLifetime and ReconcileEvery must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IPaymentProvider, StripePaymentProvider>();
        builder.Services.AddSingleton<PaymentMetrics>();
        builder.Services.AddScoped<OnlinePayments>();
        builder.Services.AddHostedService<PaymentReconciliation>();

        return builder;
    }
}
