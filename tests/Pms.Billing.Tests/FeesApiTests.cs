using Pms.Testing;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Contracts.Billing;
using Pms.Contracts.Events;

namespace Pms.Billing.Tests;

/// <summary>patient-service charges every catalog fee through one endpoint; billing learns whom it bills from the charge itself.</summary>
public sealed class FeesApiTests(BillingApp app)
{
    [TimedFact]
    public async Task TheSameKeyTwiceIssuesOneConsultationBill()
    {
        var patientId = await KnownPatientAsync();
        var appointmentId = Guid.NewGuid();
        var service = app.ServiceClientFor(ResourceNames.Patients);

        using var first = await service.SendAsync(Charge(patientId, appointmentId, "CONS-GP"), TestContext.Current.CancellationToken);
        using var second = await service.SendAsync(Charge(patientId, appointmentId, "CONS-GP"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstBill = await first.Content.ReadFromJsonAsync<FeeCharged>(TestContext.Current.CancellationToken);
        var secondBill = await second.Content.ReadFromJsonAsync<FeeCharged>(TestContext.Current.CancellationToken);
        Assert.Equal(firstBill, secondBill);
        await using var db = app.Db();
        var bill = await db.Bills.Include(candidate => candidate.Lines).SingleAsync(candidate => candidate.PatientId == patientId, TestContext.Current.CancellationToken);
        Assert.Equal(firstBill!.BillId, bill.Id);
        Assert.Equal(BillType.Consultation, bill.BillType);
        Assert.Equal("CONS-GP", Assert.Single(bill.Lines).Code);
        Assert.Equal(40.00m, bill.Total);
    }

    [TimedFact]
    public async Task IssuingPublishesBillIssuedAndTheRepeatPublishesNothing()
    {
        var patientId = await KnownPatientAsync();
        var appointmentId = Guid.NewGuid();
        var service = app.ServiceClientFor(ResourceNames.Patients);

        var issuing = await app.TrackAsync(() => SendAsync(service, Charge(patientId, appointmentId, "CONS-FU")));
        var repeating = await app.TrackAsync(() => SendAsync(service, Charge(patientId, appointmentId, "CONS-FU")));

        var issued = Assert.Single(issuing.Sent.MessagesOf<BillIssued>(), message => message.PatientId == patientId);
        Assert.Equal(("Consultation", 25.00m), (issued.BillType, issued.Total));
        Assert.DoesNotContain(repeating.Sent.MessagesOf<BillIssued>(), message => message.PatientId == patientId);
    }

    [TimedTheory]
    [InlineData(PmsRoles.Staff)]
    [InlineData(PmsRoles.Admin)]
    [InlineData(PmsRoles.Doctor)]
    [InlineData(PmsRoles.Patient)]
    public async Task OnlyServicesMayChargeAConsultationFee(string role)
    {
        var patientId = await KnownPatientAsync();

        using var response = await app.ClientFor(Guid.NewGuid(), role)
            .SendAsync(Charge(patientId, Guid.NewGuid(), "CONS-GP"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = app.Db();
        Assert.False(await db.Bills.AnyAsync(bill => bill.PatientId == patientId, TestContext.Current.CancellationToken));
    }

    [TimedFact]
    public async Task AnUnknownFeeCodeIsUnprocessable()
    {
        var patientId = await KnownPatientAsync();

        using var response = await app.ServiceClientFor(ResourceNames.Patients)
            .SendAsync(Charge(patientId, Guid.NewGuid(), "NO-SUCH-FEE"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [TimedFact]
    public async Task ARegistrationFeeForAPatientBillingHasNotHeardOfIssuesTheirBillAndRecordsThePatient()
    {
        var patientId = Guid.NewGuid();
        var accountId = Guid.NewGuid();
        var service = app.ServiceClientFor(ResourceNames.Patients);

        using var first = await service.SendAsync(Charge(FeeKind.Registration, null, Patient(patientId, accountId), $"registration-fee:{patientId}"), TestContext.Current.CancellationToken);
        using var second = await service.SendAsync(Charge(FeeKind.Registration, null, Patient(patientId, accountId), $"registration-fee:{patientId}"), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var firstBill = await first.Content.ReadFromJsonAsync<FeeCharged>(TestContext.Current.CancellationToken);
        Assert.Equal(firstBill, await second.Content.ReadFromJsonAsync<FeeCharged>(TestContext.Current.CancellationToken));
        await using var db = app.Db();
        var bill = await db.Bills.Include(candidate => candidate.Lines).SingleAsync(candidate => candidate.PatientId == patientId, TestContext.Current.CancellationToken);
        Assert.Equal((firstBill!.BillId, BillType.Registration, "REG-FEE"), (bill.Id, bill.BillType, Assert.Single(bill.Lines).Code));
        var summary = await db.Patients.SingleAsync(patient => patient.PatientId == patientId, TestContext.Current.CancellationToken);
        Assert.Equal(("MRN-FEE", "Ada", "Lovelace", (Guid?)accountId), (summary.Mrn, summary.FirstName, summary.LastName, summary.AuthUserId));
    }

    [TimedFact]
    public async Task AChargeCarryingAnOlderViewOfThePatientDoesNotOverwriteANewerOne()
    {
        var patientId = await KnownPatientAsync();
        var older = Patient(patientId, null) with { LastName = "Byron", AsOf = DateTimeOffset.UtcNow.AddDays(-1) };

        using var response = await app.ServiceClientFor(ResourceNames.Patients)
            .SendAsync(Charge(FeeKind.Consultation, "CONS-GP", older, $"consultation-fee:{Guid.NewGuid()}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = app.Db();
        Assert.Equal("Lovelace", (await db.Patients.SingleAsync(patient => patient.PatientId == patientId, TestContext.Current.CancellationToken)).LastName);
    }

    [TimedFact]
    public async Task ConcurrentChargesWithOneKeyIssueOneBill()
    {
        var patientId = Guid.NewGuid();
        var service = app.ServiceClientFor(ResourceNames.Patients);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var response = await service.SendAsync(
                Charge(FeeKind.Registration, null, Patient(patientId, null), $"registration-fee:{patientId}"), TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode);
            return await response.Content.ReadFromJsonAsync<FeeCharged>(TestContext.Current.CancellationToken);
        }));

        await using var db = app.Db();
        var bill = await db.Bills.SingleAsync(candidate => candidate.PatientId == patientId, TestContext.Current.CancellationToken);
        Assert.All(answers, answer => Assert.Equal(bill.Id, answer!.BillId));
    }

    [TimedFact]
    public async Task ConcurrentChargesWithOneKeyForAPatientUnderAYearlyCapIssueOneSplitBill()
    {
        var desk = new BillingDesk(app);
        var insurance = new InsuranceDesk(desk);
        var payer = await insurance.PayerAsync("Capped Mutual");
        await insurance.RuleAsync(payer, "Consultation", new CoverageRuleRequest(100m, null, null, 1000m));
        var (patientId, _) = await desk.PatientAsync();
        await insurance.AddedAsync(patientId, InsuranceDesk.Coverage(payer, new DateOnly(DateTime.UtcNow.Year, 1, 1), null));
        var service = app.ServiceClientFor(ResourceNames.Patients);
        var appointmentId = Guid.NewGuid();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var response = await service.SendAsync(Charge(patientId, appointmentId, "CONS-GP"), TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode);
            return await response.Content.ReadFromJsonAsync<FeeCharged>(TestContext.Current.CancellationToken);
        }));

        await using var db = app.Db();
        var bill = await db.Bills.SingleAsync(candidate => candidate.PatientId == patientId, TestContext.Current.CancellationToken);
        Assert.True(bill.InsurerShare > 0);
        Assert.All(answers, answer => Assert.Equal(bill.Id, answer!.BillId));
    }

    [TimedTheory]
    [InlineData(FeeKind.Registration, "REG-FEE", "feeCode")]
    [InlineData(FeeKind.Consultation, null, "feeCode")]
    [InlineData(FeeKind.Consultation, " ", "feeCode")]
    public async Task AFeeCodeThatDoesNotFitTheKindIsRejectedAndChargesNothing(FeeKind kind, string? feeCode, string field)
    {
        var patientId = Guid.NewGuid();

        using var response = await app.ServiceClientFor(ResourceNames.Patients)
            .SendAsync(Charge(kind, feeCode, Patient(patientId, null), $"bad-fee:{patientId}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await using var db = app.Db();
        Assert.False(await db.Bills.AnyAsync(bill => bill.PatientId == patientId, TestContext.Current.CancellationToken));
    }

    [TimedFact]
    public async Task AChargeWithoutAnIdempotencyKeyIsRejected()
    {
        var patientId = await KnownPatientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, BillingRoutes.Fees)
        {
            Content = JsonContent.Create(new FeeRequest(FeeKind.Consultation, "CONS-GP", Patient(patientId, null))),
        };

        using var response = await app.ServiceClientFor(ResourceNames.Patients).SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static HttpRequestMessage Charge(Guid patientId, Guid appointmentId, string feeCode) =>
        Charge(FeeKind.Consultation, feeCode, Patient(patientId, null), $"consultation-fee:{appointmentId}");

    private static HttpRequestMessage Charge(FeeKind kind, string? feeCode, FeePatient patient, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, BillingRoutes.Fees)
        {
            Content = JsonContent.Create(new FeeRequest(kind, feeCode, patient)),
        };
        request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, idempotencyKey);
        return request;
    }

    private static FeePatient Patient(Guid patientId, Guid? accountId) =>
        new(patientId, "MRN-FEE", "Ada", "Lovelace", accountId, DateTimeOffset.UtcNow);

    private async Task<Guid> KnownPatientAsync()
    {
        var patientId = Guid.NewGuid();
        await using var db = app.Db();
        db.Patients.Add(new PatientSummary { PatientId = patientId, Mrn = "MRN-TEST", FirstName = "Ada", LastName = "Lovelace", UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return patientId;
    }
}
