namespace Pms.Billing.Model;

public sealed class Bill
{
    public Guid Id { get; set; }

    /// <summary>Readable and sequential, e.g. <c>INV-2026-000123</c>.</summary>
    public string Number { get; set; } = "";

    public Guid PatientId { get; set; }

    public BillType BillType { get; set; }

    public BillStatus Status { get; set; }

    public string Currency { get; set; } = "";

    public decimal Subtotal { get; set; }

    public decimal Discount { get; set; }

    public decimal Tax { get; set; }

    public decimal Total { get; set; }

    public decimal AmountPaid { get; set; }

    /// <summary>The caller's key for a bill created on request of another service; one bill per key.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public uint Version { get; set; }

    public List<BillLine> Lines { get; set; } = [];

    public decimal Balance => Total - AmountPaid;

    public static string FormatNumber(int year, long sequence) =>
        FormattableString.Invariant($"INV-{year}-{sequence:D6}");

    /// <summary>Adds a line, its total rounded once, and recomputes the bill's totals.</summary>
    public void AddLine(string? code, string description, decimal quantity, decimal unitPrice, decimal taxRate)
    {
        Lines.Add(new BillLine
        {
            Id = Guid.CreateVersion7(),
            BillId = Id,
            Code = code,
            Description = description,
            Quantity = quantity,
            UnitPrice = unitPrice,
            LineTotal = Money.Round(quantity * unitPrice),
        });
        Subtotal = Lines.Sum(line => line.LineTotal);
        Tax = Money.Round((Subtotal - Discount) * taxRate);
        Total = Subtotal - Discount + Tax;
    }
}
