using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Stripe;

namespace Pms.PaymentSandbox.Tests;

/// <summary>The sandbox in memory, posting its webhooks to a <see cref="WebhookReceiver"/>.</summary>
public sealed class SandboxFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SecretKey = "sk_test_sandbox_tests";
    public const string WebhookSecret = "whsec_sandbox_tests";

    public WebhookReceiver Receiver { get; private set; } = default!;

    public async ValueTask InitializeAsync() => Receiver = await WebhookReceiver.StartAsync();

    /// <summary>Stripe's own .NET client, pointed at the sandbox.</summary>
    public StripeClient Stripe(string apiKey = SecretKey) => new(new StripeClientOptions
    {
        ApiKey = apiKey,
        ApiBase = "http://localhost",
        HttpClient = new SystemNetHttpClient(CreateClient()),
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseEnvironment("Production")
        .UseSetting("Sandbox:SecretKey", SecretKey)
        .UseSetting("Sandbox:WebhookSecret", WebhookSecret)
        .UseSetting("Sandbox:WebhookUrl", Receiver.Url.ToString())
        .UseSetting("Sandbox:FirstRetryDelay", "00:00:00.05");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
