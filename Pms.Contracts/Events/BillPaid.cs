namespace Pms.Contracts.Events;

/// <summary>A bill's balance reached zero.</summary>
public sealed record BillPaid(Guid BillId, string Number, Guid PatientId, decimal Total, string Currency) : IntegrationEvent
{
    public override string Source => ResourceNames.Billing;

    public override string Subject => PatientId.ToString();
}
