namespace Pms.Contracts.Events;

/// <summary>Billing issued a bill to a patient; <see cref="PatientShare"/> is what the patient owes of its total.</summary>
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

    /// <summary>What the patient owes when an insurer pays the rest; absent from events of bills issued before insurance.</summary>
    public decimal? PatientShare { get; init; }
}
