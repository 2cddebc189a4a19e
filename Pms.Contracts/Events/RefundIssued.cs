namespace Pms.Contracts.Events;

/// <summary>Money paid on a bill was refunded.</summary>
public sealed record RefundIssued(
    Guid BillId,
    string Number,
    Guid PatientId,
    Guid RefundId,
    decimal Amount,
    string Reason,
    string Currency) : IntegrationEvent
{
    public override string Source => ResourceNames.Billing;

    public override string Subject => PatientId.ToString();
}
