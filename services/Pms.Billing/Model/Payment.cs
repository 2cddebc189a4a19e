namespace Pms.Billing.Model;

public sealed class Payment
{
    public Guid Id { get; set; }

    public Guid BillId { get; set; }

    public decimal Amount { get; set; }

    public PaymentMethod Method { get; set; }

    public string? Reference { get; set; }

    /// <summary>The payer's key: the same key on the same bill is the same payment, never a second one.</summary>
    public string IdempotencyKey { get; set; } = "";

    public string ReceivedBy { get; set; } = "";

    /// <summary>The payment provider that took the money (online payments only).</summary>
    public string? Provider { get; set; }

    /// <summary>The provider's id of the money taken (Stripe's payment intent).</summary>
    public string? ProviderReference { get; set; }

    /// <summary>Money the provider took beyond the balance (the desk was faster), sent back through the provider.</summary>
    public decimal ExcessRefunded { get; set; }

    /// <summary>The provider's id of that refund; null while it has not gone through.</summary>
    public string? ExcessRefundReference { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
