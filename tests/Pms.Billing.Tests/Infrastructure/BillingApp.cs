using Microsoft.AspNetCore.Hosting;
using Pms.Billing.Infrastructure;
using Pms.Contracts;
using Pms.Testing;

namespace Pms.Billing.Tests.Infrastructure;

public sealed class BillingApp() : ServiceApp<Program, BillingDbContext>(new PostgresServer(), ResourceNames.BillingDatabase)
{
    public const string WebhookSecret = "whsec_billing_tests";

    /// <summary>No provider answers at the API base: these tests reach billing's side of the payment flow only.</summary>
    protected override void Configure(IWebHostBuilder builder) => builder
        .UseSetting("Payments:SecretKey", "sk_test_billing_tests")
        .UseSetting("Payments:WebhookSecret", WebhookSecret)
        .UseSetting("Payments:ApiBase", "http://127.0.0.1:9/");
}
