namespace Pms.Billing.Model;

public sealed class Refund
{
    public Guid Id { get; set; }

    public Guid BillId { get; set; }

    public decimal Amount { get; set; }

    /// <summary>The payment the money goes back on; null for a refund of the bill as a whole.</summary>
    public Guid? PaymentId { get; set; }

    /// <summary>The provider's id of the refund when it went back through the payment provider.</summary>
    public string? ProviderReference { get; set; }

    public string Reason { get; set; } = "";

    public string IssuedBy { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }
}
