namespace Pms.Billing.Model;

public sealed class Refund
{
    public Guid Id { get; set; }

    public Guid BillId { get; set; }

    public decimal Amount { get; set; }

    public string Reason { get; set; } = "";

    public string IssuedBy { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }
}
