namespace Pms.Contracts.Billing;

/// <summary>
/// patient-service asks billing-service to charge a catalog fee (Service role, with an
/// Idempotency-Key): the registration fee, whose catalog code billing chooses, or a completed
/// appointment's consultation fee, the doctor's <paramref name="FeeCode"/>. It names the patient,
/// so billing knows whom it bills from that moment instead of waiting for the patient's event.
/// </summary>
public sealed record FeeRequest(FeeKind Kind, string? FeeCode, FeePatient Patient);
