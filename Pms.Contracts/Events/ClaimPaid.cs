namespace Pms.Contracts.Events;

/// <summary>The insurer's remittance paid a claim in full or in part; what it neither paid nor wrote off became the patient's.</summary>
public sealed record ClaimPaid(
    Guid ClaimId,
    string Number,
    Guid BillId,
    string BillNumber,
    Guid PatientId,
    string PayerCode,
    string PayerName,
    decimal AmountPaid,
    decimal TransferredToPatient,
    string Currency) : IntegrationEvent
{
    public override string Source => ResourceNames.Billing;

    public override string Subject => PatientId.ToString();
}
