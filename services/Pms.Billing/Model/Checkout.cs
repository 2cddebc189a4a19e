namespace Pms.Billing.Model;

/// <summary>A hosted checkout opened at the payment provider for a bill's balance.</summary>
public sealed class Checkout
{
    public Guid Id { get; set; }

    public Guid BillId { get; set; }

    /// <summary>The provider's session id (Stripe's <c>cs_…</c>).</summary>
    public string SessionId { get; set; } = "";

    public string Url { get; set; } = "";

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "";

    public CheckoutStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public bool TakesPaymentAt(DateTimeOffset now) => Status == CheckoutStatus.Open && ExpiresAt > now;
}

public enum CheckoutStatus
{
    Open,
    Completed,
    Expired,
}
