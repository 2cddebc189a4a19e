namespace Pms.Billing.Services;

public sealed record ValidRefund(decimal Amount, string Reason, Guid? PaymentId);
