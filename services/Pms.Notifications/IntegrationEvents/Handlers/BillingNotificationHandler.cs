using Pms.Contracts.Events;
using Pms.Notifications.Services;

namespace Pms.Notifications.IntegrationEvents.Handlers;

/// <summary>
/// Bill notices, receipts, void and refund notices, and the notice that an insurer denied a claim, which leaves the
/// patient owing more. Money messages are essential: preferences do not stop them. A bill paid in full gets no message of
/// its own: the receipt of the payment that settled it says so.
/// </summary>
[AwaitsPatientContact]
public static class BillingNotificationHandler
{
    public static Task Handle(BillIssued issued, DeliveryPlanner planner, CancellationToken cancellationToken) =>
        planner.PlanAsync(issued, issued.PatientId, "bill-issued", essential: true, new Dictionary<string, object?>
        {
            ["number"] = issued.Number,
            ["bill_type"] = issued.BillType,
            ["total"] = MessageModels.Money(issued.Total),
            ["due"] = MessageModels.Money(issued.PatientShare ?? issued.Total),
            ["nothing_due"] = issued.PatientShare == 0,
            ["insurer_share"] = issued.PatientShare is { } share && share != issued.Total ? MessageModels.Money(issued.Total - share) : null,
            ["currency"] = issued.Currency,
        }, cancellationToken);

    public static Task Handle(PaymentReceived payment, DeliveryPlanner planner, CancellationToken cancellationToken) =>
        planner.PlanAsync(payment, payment.PatientId, "payment-receipt", essential: true, new Dictionary<string, object?>
        {
            ["number"] = payment.Number,
            ["amount"] = MessageModels.Money(payment.Amount),
            ["method"] = MessageModels.PaymentMethod(payment.Method),
            ["balance"] = MessageModels.Money(payment.Balance),
            ["paid_in_full"] = payment.Balance == 0,
            ["currency"] = payment.Currency,
        }, cancellationToken);

    public static Task Handle(ClaimDenied denied, DeliveryPlanner planner, CancellationToken cancellationToken) =>
        planner.PlanAsync(denied, denied.PatientId, "claim-denied", essential: true, new Dictionary<string, object?>
        {
            ["number"] = denied.BillNumber,
            ["payer"] = denied.PayerName,
            ["amount"] = MessageModels.Money(denied.Amount),
            ["reason"] = denied.Reason,
            ["currency"] = denied.Currency,
        }, cancellationToken);

    public static Task Handle(BillVoided voided, DeliveryPlanner planner, CancellationToken cancellationToken) =>
        planner.PlanAsync(voided, voided.PatientId, "bill-voided", essential: true, new Dictionary<string, object?>
        {
            ["number"] = voided.Number,
            ["total"] = MessageModels.Money(voided.Total),
            ["currency"] = voided.Currency,
        }, cancellationToken);

    public static Task Handle(RefundIssued refund, DeliveryPlanner planner, CancellationToken cancellationToken) =>
        planner.PlanAsync(refund, refund.PatientId, "refund-issued", essential: true, new Dictionary<string, object?>
        {
            ["number"] = refund.Number,
            ["amount"] = MessageModels.Money(refund.Amount),
            ["reason"] = refund.Reason,
            ["currency"] = refund.Currency,
        }, cancellationToken);
}
