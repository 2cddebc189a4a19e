namespace Pms.PaymentSandbox.Checkouts;

/// <summary>A Checkout Session as Stripe keeps it: open until paid (complete) or past its expiry (expired).</summary>
public sealed class CheckoutSession
{
    public required string Id { get; init; }

    public required long AmountTotal { get; init; }

    public required string Currency { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public string? SuccessUrl { get; init; }

    public string? CancelUrl { get; init; }

    public string? ClientReferenceId { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public string Status { get; set; } = CheckoutStatus.Open;

    /// <summary>The payment intent that took the money, once a card succeeded.</summary>
    public string? PaymentIntentId { get; set; }

    public List<SandboxRefund> Refunds { get; } = [];

    public bool IsPaid => PaymentIntentId is not null;

    public long Refundable => IsPaid ? AmountTotal - Refunds.Sum(refund => refund.Amount) : 0;
}

public static class CheckoutStatus
{
    public const string Open = "open";
    public const string Complete = "complete";
    public const string Expired = "expired";
}

public sealed record SandboxRefund(string Id, string PaymentIntentId, long Amount, string Currency, string? Reason, DateTimeOffset CreatedAt, IReadOnlyDictionary<string, string> Metadata);
