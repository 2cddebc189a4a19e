namespace Pms.Contracts.Billing;

/// <summary>
/// billing-service's answer to a fee charge: the bill for that Idempotency-Key, new or already issued, and what the patient
/// still owes on it (nothing when their insurer covers it all or it was paid; null from a billing that does not say).
/// </summary>
public sealed record FeeCharged(Guid BillId, string Number, decimal Amount, string Currency, decimal? PatientOwes);
