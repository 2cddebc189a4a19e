using Pms.Billing.Model;

namespace Pms.Billing.Dtos;

/// <summary>A payment; online ones name the provider, its reference, and any excess it took that went back.</summary>
public sealed record PaymentDto(
    Guid Id,
    Guid BillId,
    decimal Amount,
    PaymentMethod Method,
    string? Reference,
    DateTimeOffset ReceivedAt,
    string? Provider,
    string? ProviderReference,
    decimal ExcessRefunded,
    string? ExcessRefundReference)
{
    public static PaymentDto From(Payment payment) =>
        new(payment.Id, payment.BillId, payment.Amount, payment.Method, payment.Reference, payment.ReceivedAt,
            payment.Provider, payment.ProviderReference, payment.ExcessRefunded, payment.ExcessRefundReference);
}
