namespace Pms.Web.Gateway.Models;

public sealed record Bill(
    Guid Id,
    string Number,
    Guid PatientId,
    string BillType,
    IReadOnlyList<BillLine> Items,
    decimal Subtotal,
    decimal Discount,
    string? DiscountReason,
    decimal Tax,
    decimal Total,
    decimal AmountPaid,
    decimal AmountRefunded,
    decimal Balance,
    string Currency,
    string Status,
    string? Notes,
    string? VoidReason,
    DateTimeOffset IssuedAt,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<Refund> Refunds)
{
    /// <summary>What the patient's insurer pays of the total; the patient owes the rest.</summary>
    public decimal InsurerShare { get; init; }

    /// <summary>The code of the payer that covers part of the bill, if any.</summary>
    public string? PayerCode { get; init; }

    public decimal PatientShare => Total - InsurerShare;

    public bool TakesPayments => Balance > 0 && Status is "Issued" or "PartiallyPaid";
}
