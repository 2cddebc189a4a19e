namespace Pms.Contracts.Events;

/// <summary>An unpaid bill was voided by an administrator.</summary>
public sealed record BillVoided(Guid BillId, string Number, Guid PatientId, decimal Total, string Currency) : IntegrationEvent
{
    public override string Source => ResourceNames.Billing;

    public override string Subject => PatientId.ToString();
}
