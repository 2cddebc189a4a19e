using Pms.Billing.Model;

namespace Pms.Billing.Dtos;

public sealed record RefundDto(Guid Id, Guid BillId, decimal Amount, string Reason, DateTimeOffset IssuedAt, Guid? PaymentId, string? ProviderReference)
{
    public static RefundDto From(Refund refund) =>
        new(refund.Id, refund.BillId, refund.Amount, refund.Reason, refund.IssuedAt, refund.PaymentId, refund.ProviderReference);
}
