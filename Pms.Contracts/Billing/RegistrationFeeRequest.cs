namespace Pms.Contracts.Billing;

/// <summary>patient-service asks billing-service to charge a patient's registration fee (Service role, with an Idempotency-Key).</summary>
public sealed record RegistrationFeeRequest(Guid PatientId);
