namespace Pms.PaymentSandbox;

/// <summary>Settings of the sandbox, section <c>Sandbox</c>.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>The API key callers present as <c>Authorization: Bearer</c>, as Stripe's secret keys.</summary>
    public string SecretKey { get; set; } = "";

    /// <summary>The webhook endpoint's signing secret (Stripe's <c>whsec_…</c>).</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Where events are posted; none means events are kept but not sent.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The API version written into events; Stripe.net refuses events of another version.</summary>
    public string ApiVersion { get; set; } = "";

    /// <summary>How often an event is sent before it is given up, as Stripe retries an endpoint that does not answer 2xx.</summary>
    public int WebhookAttempts { get; set; } = 8;

    /// <summary>The wait before the first retry; each later one waits twice as long.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
