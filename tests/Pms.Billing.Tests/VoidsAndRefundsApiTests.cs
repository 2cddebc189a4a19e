using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.Billing.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Billing.Tests;

/// <summary>Administrators void bills nobody has paid on, and refund what was paid.</summary>
public sealed class VoidsAndRefundsApiTests(BillingApp app)
{
    private readonly BillingDesk _desk = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task AnAdministratorVoidsAnUnpaidBillWithAReason()
    {
        var bill = await _desk.IssuedAsync();

        using var response = await BillingDesk.VoidAsync(_desk.Admin, bill.Id, "Issued to the wrong patient");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var voided = await response.Content.ReadFromJsonAsync<BillDto>(ServiceJson.Options, Cancellation);
        Assert.Equal((BillStatus.Void, "Issued to the wrong patient"), (voided!.Status, voided.VoidReason));
        Assert.Equal(BillStatus.Void, (await _desk.BillAsync(bill.Id)).Status);
    }

    [TimedFact]
    public async Task ABillWithAPaymentCannotBeVoided()
    {
        var bill = await _desk.IssuedAsync();
        await _desk.PaidAsync(bill.Id, 44.50m);

        using var response = await BillingDesk.VoidAsync(_desk.Admin, bill.Id, "Changed their mind");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(BillStatus.Paid, (await _desk.BillAsync(bill.Id)).Status);
    }

    [TimedFact]
    public async Task AVoidBillTakesNoPayment()
    {
        var bill = await _desk.IssuedAsync();
        using var voided = await _desk.Admin.PostAsync(new Uri($"/api/billing/bills/{bill.Id}/void", UriKind.Relative), null, Cancellation);

        using var response = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(10.00m, "Cash", null), $"desk-{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty((await _desk.BillAsync(bill.Id)).Payments);
    }

    [TimedFact]
    public async Task StaffCannotVoidABill()
    {
        var bill = await _desk.IssuedAsync();

        using var response = await BillingDesk.VoidAsync(_desk.Staff, bill.Id, "Mistake");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(BillStatus.Issued, (await _desk.BillAsync(bill.Id)).Status);
    }

    [TimedFact]
    public async Task AnAdministratorRefundsPartOfAPaymentAndTheBillStaysPaid()
    {
        var bill = await _desk.IssuedAsync();
        var payment = await _desk.PaidAsync(bill.Id, 44.50m);

        using var response = await BillingDesk.RefundAsync(_desk.Admin, bill.Id, 7.50m, "Courier not used");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var refund = await response.Content.ReadFromJsonAsync<RefundDto>(ServiceJson.Options, Cancellation);
        Assert.Equal((bill.Id, 7.50m, "Courier not used", payment.Id), (refund!.BillId, refund.Amount, refund.Reason, refund.PaymentId));
        var stored = await _desk.BillAsync(bill.Id);
        Assert.Equal((BillStatus.Paid, 44.50m, 7.50m), (stored.Status, stored.AmountPaid, stored.AmountRefunded));
        Assert.Equal(refund.Id, Assert.Single(stored.Refunds).Id);
    }

    [TimedFact]
    public async Task RefundingEverythingPaidMakesTheBillRefunded()
    {
        var bill = await _desk.IssuedAsync();
        await _desk.PaidAsync(bill.Id, 44.50m);

        using var response = await BillingDesk.RefundAsync(_desk.Admin, bill.Id, 44.50m, "Tests cancelled");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(BillStatus.Refunded, (await _desk.BillAsync(bill.Id)).Status);
    }

    [TimedFact]
    public async Task ARefundOfMoreThanWasPaidIsUnprocessableAndRecordsNothing()
    {
        var bill = await _desk.IssuedAsync();
        await _desk.PaidAsync(bill.Id, 20.00m);

        using var response = await BillingDesk.RefundAsync(_desk.Admin, bill.Id, 20.01m, "Goodwill");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty((await _desk.BillAsync(bill.Id)).Refunds);
    }

    [TimedFact]
    public async Task ARefundWithoutAReasonIsRefusedWithAnErrorOnTheReason()
    {
        var bill = await _desk.IssuedAsync();
        await _desk.PaidAsync(bill.Id, 44.50m);

        using var response = await BillingDesk.RefundAsync(_desk.Admin, bill.Id, 10.00m, "  ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["reason"], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
        Assert.Empty((await _desk.BillAsync(bill.Id)).Refunds);
    }

    [TimedFact]
    public async Task StaffCannotRefund()
    {
        var bill = await _desk.IssuedAsync();
        await _desk.PaidAsync(bill.Id, 44.50m);

        using var response = await BillingDesk.RefundAsync(_desk.Staff, bill.Id, 10.00m, "Goodwill");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await _desk.BillAsync(bill.Id)).Refunds);
    }
}
