namespace Pms.Contracts.Billing;

/// <summary>billing-service's answer: the Registration bill for that key, new or already issued.</summary>
public sealed record RegistrationFeeCharged(Guid BillId, string Number, decimal Amount, string Currency);
