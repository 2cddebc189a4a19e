namespace Pms.Contracts.Billing;

/// <summary>billing-service's answer to a fee charge: the bill for that Idempotency-Key, new or already issued.</summary>
public sealed record FeeCharged(Guid BillId, string Number, decimal Amount, string Currency);
