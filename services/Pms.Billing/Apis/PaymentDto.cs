using Pms.Billing.Model;

namespace Pms.Billing.Apis;

public sealed record PaymentDto(Guid Id, Guid BillId, decimal Amount, PaymentMethod Method, string? Reference, DateTimeOffset ReceivedAt)
{
    public static PaymentDto From(Payment payment) =>
        new(payment.Id, payment.BillId, payment.Amount, payment.Method, payment.Reference, payment.ReceivedAt);
}
