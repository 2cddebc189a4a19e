namespace Pms.Contracts.Billing;

/// <summary>
/// patient-service asks billing-service to charge a completed appointment's consultation fee, the
/// catalog item <paramref name="FeeCode"/> (Service role, with an Idempotency-Key).
/// </summary>
public sealed record ConsultationFeeRequest(Guid PatientId, Guid AppointmentId, string FeeCode);
