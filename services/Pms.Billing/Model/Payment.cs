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

    public DateTimeOffset ReceivedAt { get; set; }
}
