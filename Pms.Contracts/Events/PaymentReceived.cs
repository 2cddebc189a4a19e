namespace Pms.Contracts.Events;

/// <summary>A payment was recorded on a bill.</summary>
public sealed record PaymentReceived(
    Guid BillId,
    string Number,
    Guid PatientId,
    Guid PaymentId,
    decimal Amount,
    string Method,
    decimal Balance,
    string Currency) : IntegrationEvent
{
    public override string Source => ResourceNames.Billing;

    public override string Subject => PatientId.ToString();
}
