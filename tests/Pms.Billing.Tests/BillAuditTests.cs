using System.Net;
using Pms.Billing.Dtos;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Contracts.Events;
using Pms.Testing;
using Wolverine.Tracking;

namespace Pms.Billing.Tests;

/// <summary>Every change to a bill, done or refused, leaves an audit record naming the bill and the answer given.</summary>
public sealed class BillAuditTests(BillingApp app)
{
    private readonly BillingDesk _desk = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task IssuingPayingAndRefundingEachLeaveAnAuditRecordOfTheBillWithTheirAnswer()
    {
        var (patientId, _) = await _desk.PatientAsync();
        BillDto bill = null!;

        var issuing = await app.TrackAsync(async () => bill = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId)));
        var paying = await app.TrackAsync(() => _desk.PaidAsync(bill.Id, 44.50m));
        var refunding = await app.TrackAsync(async () =>
        {
            using var response = await BillingDesk.RefundAsync(_desk.Admin, bill.Id, 5.00m, "Goodwill");
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        });

        Assert.Equal(
            [(AuditActions.Create, 201, AuditOutcomes.Allowed, (Guid?)patientId), (AuditActions.Update, 201, AuditOutcomes.Allowed, (Guid?)patientId), (AuditActions.Update, 201, AuditOutcomes.Allowed, (Guid?)patientId)],
            new[] { issuing, paying, refunding }.Select(session => AuditOf(session, bill.Id)));
    }

    [TimedFact]
    public async Task AVoidAndARefusedVoidEachLeaveAnAuditRecordOfTheBillWithTheirAnswer()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var unpaid = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        var paid = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        await _desk.PaidAsync(paid.Id, 44.50m);

        var voiding = await app.TrackAsync(() => VoidAsync(unpaid.Id, HttpStatusCode.OK));
        var refused = await app.TrackAsync(() => VoidAsync(paid.Id, HttpStatusCode.Conflict));

        Assert.Equal((AuditActions.Update, 200, AuditOutcomes.Allowed, (Guid?)patientId), AuditOf(voiding, unpaid.Id));
        Assert.Equal((AuditActions.Update, 409, AuditOutcomes.Allowed, (Guid?)patientId), AuditOf(refused, paid.Id));
    }

    [TimedFact]
    public async Task APatientReadingSomeoneElsesBillLeavesADeniedAuditRecord()
    {
        var bill = await _desk.IssuedAsync();
        var (_, otherPatient) = await _desk.PatientAsync();

        var reading = await app.TrackAsync(async () =>
        {
            using var response = await otherPatient.GetAsync(new Uri($"/api/billing/bills/{bill.Id}", UriKind.Relative), Cancellation);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        });

        var (action, status, outcome, _) = AuditOf(reading, bill.Id);
        Assert.Equal((AuditActions.Read, 404, AuditOutcomes.Denied), (action, status, outcome));
    }

    [TimedFact]
    public async Task PayingInFullPublishesThePaymentAndThatTheBillIsPaid()
    {
        var bill = await _desk.IssuedAsync();

        var paying = await app.TrackAsync(() => _desk.PaidAsync(bill.Id, 44.50m));

        var received = Assert.Single(paying.Sent.Envelopes(), envelope => envelope.Message is PaymentReceived payment && payment.BillId == bill.Id);
        var paid = Assert.Single(paying.Sent.Envelopes(), envelope => envelope.Message is BillPaid billPaid && billPaid.BillId == bill.Id);
        Assert.Equal((44.50m, "Cash", 0m), (((PaymentReceived)received.Message!).Amount, ((PaymentReceived)received.Message!).Method, ((PaymentReceived)received.Message!).Balance));
        Assert.All(new[] { received, paid }, envelope => Assert.Equal($"kafka://topic/{Topics.Billing}", envelope.Destination?.ToString()));
    }

    private async Task VoidAsync(Guid billId, HttpStatusCode expected)
    {
        using var response = await BillingDesk.VoidAsync(_desk.Admin, billId, "Duplicate");
        Assert.Equal(expected, response.StatusCode);
    }

    /// <returns>What the record says was done, the answer, and the one patient it names (none for a refused read).</returns>
    private static (string Action, int Status, string Outcome, Guid? PatientId) AuditOf(ITrackedSession session, Guid billId)
    {
        var envelope = Assert.Single(session.Sent.Envelopes(), envelope => envelope.Message is AuditRecorded { ResourceType: AuditResources.Bill } record
            && record.ResourceId == billId.ToString());
        Assert.Equal($"kafka://topic/{Topics.Audit}", envelope.Destination?.ToString());
        var record = (AuditRecorded)envelope.Message!;
        Assert.Equal(ResourceNames.Billing, record.Service);
        return (record.Action, record.Status, record.Outcome, record.PatientIds.Count == 0 ? null : Assert.Single(record.PatientIds));
    }
}
