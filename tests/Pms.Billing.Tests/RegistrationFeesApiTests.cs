using Pms.Testing;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Model;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Contracts.Billing;

namespace Pms.Billing.Tests;

public sealed class RegistrationFeesApiTests(BillingApp app)
{
    [TimedFact]
    public async Task TheSameKeyTwiceIssuesOneRegistrationBillEvenForAPatientBillingHasNotHeardOf()
    {
        var patientId = Guid.NewGuid();
        var service = app.ServiceClientFor(ResourceNames.Patients);

        using var first = await service.SendAsync(Charge(patientId), TestContext.Current.CancellationToken);
        using var second = await service.SendAsync(Charge(patientId), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var firstBill = await first.Content.ReadFromJsonAsync<FeeCharged>(TestContext.Current.CancellationToken);
        Assert.Equal(firstBill, await second.Content.ReadFromJsonAsync<FeeCharged>(TestContext.Current.CancellationToken));
        await using var db = app.Db();
        var bill = await db.Bills.Include(candidate => candidate.Lines).SingleAsync(candidate => candidate.PatientId == patientId, TestContext.Current.CancellationToken);
        Assert.Equal((firstBill!.BillId, BillType.Registration), (bill.Id, bill.BillType));
        Assert.Equal("REG-FEE", Assert.Single(bill.Lines).Code);
    }

    [TimedFact]
    public async Task ConcurrentChargesWithOneKeyIssueOneBill()
    {
        var patientId = Guid.NewGuid();
        var service = app.ServiceClientFor(ResourceNames.Patients);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var response = await service.SendAsync(Charge(patientId), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<FeeCharged>(TestContext.Current.CancellationToken);
        }));

        await using var db = app.Db();
        var bill = await db.Bills.SingleAsync(candidate => candidate.PatientId == patientId, TestContext.Current.CancellationToken);
        Assert.All(answers, answer => Assert.Equal(bill.Id, answer!.BillId));
    }

    private static HttpRequestMessage Charge(Guid patientId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, BillingRoutes.RegistrationFees)
        {
            Content = JsonContent.Create(new RegistrationFeeRequest(patientId)),
        };
        request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, $"registration-fee:{patientId}");
        return request;
    }
}
