namespace Pms.Contracts.Events;

/// <summary>Billing issued a bill to a patient.</summary>
public sealed record BillIssued(
    Guid BillId,
    string Number,
    Guid PatientId,
    string BillType,
    decimal Total,
    string Currency) : IntegrationEvent
{
    public override string Source => ResourceNames.Billing;

    public override string Subject => PatientId.ToString();
}
