using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Contracts.Billing;
using Pms.Contracts.Events;
using Pms.Testing;

namespace Pms.Billing.Tests;

/// <summary>The desk records payments taken in person, once per Idempotency-Key and never beyond the balance.</summary>
public sealed class PaymentsApiTests(BillingApp app)
{
    private readonly BillingDesk _desk = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task APartPaymentLeavesTheRestOwedAndPayingTheRestMakesTheBillPaid()
    {
        var bill = await _desk.IssuedAsync();

        using var first = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(20.00m, "Card", "terminal 4711"), $"desk-{Guid.NewGuid():N}");
        var afterFirst = await _desk.BillAsync(bill.Id);
        using var rest = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(24.50m, "Cash", null), $"desk-{Guid.NewGuid():N}");
        var afterRest = await _desk.BillAsync(bill.Id);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, rest.StatusCode));
        var payment = await first.Content.ReadFromJsonAsync<PaymentDto>(ServiceJson.Options, Cancellation);
        Assert.Equal((bill.Id, 20.00m, PaymentMethod.Card, "terminal 4711"), (payment!.BillId, payment.Amount, payment.Method, payment.Reference));
        Assert.Equal((BillStatus.PartiallyPaid, 20.00m, 24.50m), (afterFirst.Status, afterFirst.AmountPaid, afterFirst.Balance));
        Assert.Equal((BillStatus.Paid, 44.50m, 0m), (afterRest.Status, afterRest.AmountPaid, afterRest.Balance));
    }

    [TimedFact]
    public async Task ThePaymentSentAgainWithItsIdempotencyKeyIsTheSamePaymentAndNoSecondOne()
    {
        var bill = await _desk.IssuedAsync();
        var key = $"desk-{Guid.NewGuid():N}";
        var payment = new PaymentRequest(10.00m, "Cash", null);

        using var first = await BillingDesk.PayAsync(_desk.Staff, bill.Id, payment, key);
        using var again = await BillingDesk.PayAsync(_desk.Staff, bill.Id, payment, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        var firstPayment = await first.Content.ReadFromJsonAsync<PaymentDto>(ServiceJson.Options, Cancellation);
        var repeated = await again.Content.ReadFromJsonAsync<PaymentDto>(ServiceJson.Options, Cancellation);
        Assert.Equal((firstPayment!.Id, 10.00m, PaymentMethod.Cash), (repeated!.Id, repeated.Amount, repeated.Method));
        await using var db = app.Db();
        Assert.Equal(firstPayment.Id, (await db.Set<Payment>().SingleAsync(stored => stored.BillId == bill.Id, Cancellation)).Id);
        Assert.Equal(10.00m, (await db.Bills.SingleAsync(stored => stored.Id == bill.Id, Cancellation)).AmountPaid);
    }

    [TimedTheory]
    [InlineData("12.00", "Cash")]
    [InlineData("10.00", "Card")]
    public async Task AnIdempotencyKeySentAgainWithAnotherPaymentIsUnprocessableAndRecordsNothingMore(string amount, string method)
    {
        var bill = await _desk.IssuedAsync();
        var key = $"desk-{Guid.NewGuid():N}";
        using var first = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(10.00m, "Cash", null), key);

        using var other = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), method, null), key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity), (first.StatusCode, other.StatusCode));
        Assert.Contains("Idempotency-Key", await other.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        await using var db = app.Db();
        Assert.Equal(10.00m, (await db.Bills.SingleAsync(stored => stored.Id == bill.Id, Cancellation)).AmountPaid);
    }

    [TimedFact]
    public async Task APaymentBeyondTheBalanceIsUnprocessableAndRecordsNothing()
    {
        var bill = await _desk.IssuedAsync();

        using var response = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(44.51m, "Cash", null), $"desk-{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var stored = await _desk.BillAsync(bill.Id);
        Assert.Equal((BillStatus.Issued, 0m, 0), (stored.Status, stored.AmountPaid, stored.Payments.Count));
    }

    [TimedFact]
    public async Task ConcurrentPaymentsOnOneBillNeverTakeMoreThanTheBalance()
    {
        var bill = await _desk.IssuedAsync();

        HttpStatusCode[] answers = [];
        var paying = await app.TrackAsync(async () => answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(async till =>
        {
            using var response = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(20.00m, "Cash", null), $"till-{till}-{Guid.NewGuid():N}");
            return response.StatusCode;
        })));

        Assert.Equal(2, answers.Count(answer => answer == HttpStatusCode.Created));
        Assert.Equal(3, answers.Count(answer => answer == HttpStatusCode.UnprocessableEntity));
        var stored = await _desk.BillAsync(bill.Id);
        Assert.Equal((40.00m, 4.50m, 2), (stored.AmountPaid, stored.Balance, stored.Payments.Count));

        // A till that lost the race tried again: what its lost attempt published rolled back with it and is never sent.
        Assert.Equal(
            stored.Payments.Select(payment => payment.Id).Order(),
            paying.Sent.MessagesOf<PaymentReceived>().Where(received => received.BillId == bill.Id).Select(received => received.PaymentId).Order());
        Assert.Equal(
            [201, 201, 422, 422, 422],
            paying.Sent.MessagesOf<AuditRecorded>().Where(record => record.ResourceId == bill.Id.ToString()).Select(record => record.Status).Order());
    }

    [TimedFact]
    public async Task APaymentWithoutAKeyAMethodOrAnAmountIsRefusedWithAnErrorPerFieldAndRecordsNothing()
    {
        var bill = await _desk.IssuedAsync();

        using var response = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(null, "Cheque", null), idempotencyKey: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation);
        Assert.Equal([BillingRoutes.IdempotencyKeyHeader, "amount", "method"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        await using var db = app.Db();
        Assert.False(await db.Set<Payment>().AnyAsync(stored => stored.BillId == bill.Id, Cancellation));
    }

    [TimedFact]
    public async Task AnOnlinePaymentCannotBeRecordedByHand()
    {
        var bill = await _desk.IssuedAsync();

        using var response = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(44.50m, "Online", "pi_typed_in"), $"desk-{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("method", (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
    }

    [TimedTheory]
    [InlineData(PmsRoles.Patient)]
    [InlineData(PmsRoles.Doctor)]
    public async Task OnlyStaffAndAdministratorsRecordPayments(string role)
    {
        var (patientId, patient) = await _desk.PatientAsync();
        var bill = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        var caller = role == PmsRoles.Patient ? patient : app.ClientFor(Guid.NewGuid(), role);

        using var response = await BillingDesk.PayAsync(caller, bill.Id, new PaymentRequest(44.50m, "Cash", null), $"desk-{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0m, (await _desk.BillAsync(bill.Id)).AmountPaid);
    }
}
