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
    public bool TakesPayments => Balance > 0 && Status is "Issued" or "PartiallyPaid";
}
