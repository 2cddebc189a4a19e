namespace Pms.Contracts.Events;

/// <summary>The insurer denied a claim, and the whole amount became the patient's to pay.</summary>
public sealed record ClaimDenied(
    Guid ClaimId,
    string Number,
    Guid BillId,
    string BillNumber,
    Guid PatientId,
    string PayerCode,
    string PayerName,
    decimal Amount,
    string Reason,
    string Currency) : IntegrationEvent
{
    public override string Source => ResourceNames.Billing;

    public override string Subject => PatientId.ToString();
}
