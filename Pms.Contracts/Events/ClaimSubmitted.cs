namespace Pms.Contracts.Events;

/// <summary>Billing submitted a claim of a bill's insurer share to the insurer.</summary>
public sealed record ClaimSubmitted(
    Guid ClaimId,
    string Number,
    Guid BillId,
    string BillNumber,
    Guid PatientId,
    string PayerCode,
    string PayerName,
    decimal Amount,
    string Currency) : IntegrationEvent
{
    public override string Source => ResourceNames.Billing;

    public override string Subject => PatientId.ToString();
}
