using Pms.Billing.Model;

namespace Pms.Billing.Dtos;

public sealed record BillDto(
    Guid Id,
    string Number,
    Guid PatientId,
    BillType BillType,
    IReadOnlyList<BillLineDto> Items,
    decimal Subtotal,
    decimal Discount,
    string? DiscountReason,
    decimal Tax,
    decimal Total,
    decimal AmountPaid,
    decimal AmountRefunded,
    decimal Balance,
    string Currency,
    BillStatus Status,
    string? Notes,
    string? VoidReason,
    DateTimeOffset IssuedAt,
    IReadOnlyList<PaymentDto> Payments,
    IReadOnlyList<RefundDto> Refunds,
    decimal InsurerShare,
    decimal PatientShare,
    string? PayerCode)
{
    public static BillDto From(Bill bill) => new(
        bill.Id, bill.Number, bill.PatientId, bill.BillType,
        [.. bill.Lines.OrderBy(line => line.Position).Select(line => new BillLineDto(line.Code, line.Description, line.Quantity, line.UnitPrice, line.LineTotal, line.InsurerShare))],
        bill.Subtotal, bill.Discount, bill.DiscountReason, bill.Tax, bill.Total, bill.AmountPaid, bill.AmountRefunded, bill.Balance,
        bill.Currency, bill.Status, bill.Notes, bill.VoidReason, bill.IssuedAt,
        [.. bill.Payments.OrderBy(payment => payment.ReceivedAt).Select(PaymentDto.From)],
        [.. bill.Refunds.OrderBy(refund => refund.IssuedAt).Select(RefundDto.From)],
        bill.InsurerShare, bill.PatientShare, bill.PayerCode);
}
