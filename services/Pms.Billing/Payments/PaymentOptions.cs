namespace Pms.Billing.Payments;

/// <summary>Section <c>Payments</c>: the provider's keys and the checkout's timings.</summary>
public sealed class PaymentOptions
{
    public const string SectionName = "Payments";

    /// <summary>The provider's secret API key (Stripe's <c>sk_…</c>).</summary>
    public string SecretKey { get; set; } = "";

    /// <summary>The webhook endpoint's signing secret (Stripe's <c>whsec_…</c>).</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Where the provider's API is; empty means Stripe itself. Local runs point it at the payment sandbox.</summary>
    public Uri? ApiBase { get; set; }

    /// <summary>Where the browser returns after paying when the caller names no return URL.</summary>
    public Uri? DefaultReturnUrl { get; set; }

    /// <summary>How long a checkout takes payment. Stripe accepts 30 minutes to 24 hours.</summary>
    public TimeSpan CheckoutLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How old a webhook's signature may be: older ones are replays.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often reconciliation asks the provider about checkouts nobody has heard of for a while.</summary>
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a checkout stays open before reconciliation asks the provider about it.</summary>
    public TimeSpan ReconcileAfter { get; set; } = TimeSpan.FromMinutes(2);
}
