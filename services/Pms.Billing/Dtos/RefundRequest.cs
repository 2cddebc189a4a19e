namespace Pms.Billing.Dtos;

/// <summary>A refund of <see cref="Amount"/>; <see cref="PaymentId"/> names the payment it goes back on (else the newest that covers it).</summary>
public sealed record RefundRequest(decimal? Amount, string? Reason, Guid? PaymentId = null);
