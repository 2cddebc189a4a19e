using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts.Events;
using Pms.Testing;

namespace Pms.Billing.Tests;

/// <summary>
/// A bill issued to a patient whose primary coverage is in force is split under the payer's rule for the bill's type: the
/// insurer's share per line, the patient's the rest; the patient's balance, payments and the bill's status count only the
/// patient's share.
/// </summary>
public sealed class SplitBillTests
{
    private static readonly DateOnly January = new(DateTime.UtcNow.Year, 1, 1);

    private readonly BillingApp _app;
    private readonly BillingDesk _desk;
    private readonly InsuranceDesk _insurance;

    public SplitBillTests(BillingApp app)
    {
        _app = app;
        _desk = new BillingDesk(app);
        _insurance = new InsuranceDesk(_desk);
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task AnAdministratorSetsWhatAPayerPaysOfEachTypeOfBillWhichStaffRead()
    {
        var payer = await _insurance.PayerAsync("Rule Mutual");

        using var set = await _desk.Admin.PutAsJsonAsync($"/api/billing/payers/{payer}/rules/laboratory",
            new CoverageRuleRequest(80m, 10m, ["pharm-vit", "LAB-X", "LAB-X"], 1000m), Cancellation);
        using var byStaff = await _desk.Staff.PutAsJsonAsync($"/api/billing/payers/{payer}/rules/Radiology", new CoverageRuleRequest(50m, null, null, null), Cancellation);
        using var invalid = await _desk.Admin.PutAsJsonAsync($"/api/billing/payers/{payer}/rules/Surgery", new CoverageRuleRequest(120m, -1m, ["no spaces"], 0m), Cancellation);
        using var unknownPayer = await _desk.Admin.PutAsJsonAsync($"/api/billing/payers/{InsuranceDesk.NewCode()}/rules/Laboratory", new CoverageRuleRequest(50m, null, null, null), Cancellation);
        var rules = await _desk.Staff.GetFromJsonAsync<List<CoverageRuleDto>>($"/api/billing/payers/{payer}/rules", ServiceJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["billType", "coPay", "coveredPercent", "excludedCodes", "yearlyCap"],
            (await invalid.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, unknownPayer.StatusCode);
        var rule = Assert.Single(rules!);
        Assert.Equal((payer, BillType.Laboratory, 80m, 10m, 1000m), (rule.PayerCode, rule.BillType, rule.CoveredPercent, rule.CoPay, rule.YearlyCap));
        Assert.Equal(["LAB-X", "PHARM-VIT"], rule.ExcludedCodes);

        using var deleted = await _desk.Admin.DeleteAsync(new Uri($"/api/billing/payers/{payer}/rules/Laboratory", UriKind.Relative), Cancellation);
        using var again = await _desk.Admin.DeleteAsync(new Uri($"/api/billing/payers/{payer}/rules/Laboratory", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [TimedFact]
    public async Task ACoveredPatientsBillShowsEachSharePerLineAndThePatientPaysOnlyTheirs()
    {
        var (patientId, patient) = await CoveredPatientAsync(new CoverageRuleRequest(80m, 5m, null, null));
        BillDto bill = null!;

        // Two blood counts (37.00) and a courier (7.50): the patient pays the 5.00 co-pay first, the payer 80% of the rest of
        // each line, 25.60 and 6.00, and the patient 12.90 in all.
        var issuing = await _app.TrackAsync(async () => bill = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId)));
        using var tooMuch = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(13.00m, "Cash", null), $"desk-{Guid.NewGuid():N}");
        using var byInsurance = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(5.00m, "Insurance", null), $"desk-{Guid.NewGuid():N}");
        await _desk.PaidAsync(bill.Id, 12.90m);
        var seen = await patient.GetFromJsonAsync<BillDto>($"/api/billing/bills/{bill.Id}", ServiceJson.Options, Cancellation);

        Assert.Equal([25.60m, 6.00m], bill.Items.Select(line => line.InsurerShare));
        Assert.Equal((44.50m, 31.60m, 12.90m, 12.90m), (bill.Total, bill.InsurerShare, bill.PatientShare, bill.Balance));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byInsurance.StatusCode);
        Assert.Equal((BillStatus.Paid, 0m, 12.90m), (seen!.Status, seen.Balance, seen.AmountPaid));
        var issued = Assert.Single(issuing.Sent.MessagesOf<BillIssued>(), sent => sent.BillId == seen!.Id);
        Assert.Equal((44.50m, 12.90m), (issued.Total, issued.PatientShare));
        // Other tests' bills are paid on the same service meanwhile, and their events are seen by this session too.
        Assert.DoesNotContain(issuing.Sent.MessagesOf<BillPaid>(), paid => paid.BillId == seen.Id);
    }

    [TimedFact]
    public async Task TheYearlyCapCarriesAcrossBillsAndAVoidedBillGivesItsShareBack()
    {
        var (patientId, _) = await CoveredPatientAsync(new CoverageRuleRequest(100m, null, null, 50m));

        var first = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        var second = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        using var voiding = await BillingDesk.VoidAsync(_desk.Admin, first.Id, "Issued twice");
        var third = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));

        Assert.Equal(HttpStatusCode.OK, voiding.StatusCode);
        Assert.Equal([44.50m, 5.50m, 44.50m], new[] { first, second, third }.Select(bill => bill.InsurerShare));
        Assert.Equal(BillStatus.Paid, first.Status);
        Assert.Equal((BillStatus.Issued, 39.00m), (second.Status, second.Balance));
    }

    [TimedFact]
    public async Task BillsIssuedAtTheSameMomentShareTheYearlyCapInsteadOfEachTakingAllThatIsLeft()
    {
        var (patientId, _) = await CoveredPatientAsync(new CoverageRuleRequest(100m, null, null, 50m));

        var bills = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId))));

        Assert.Equal(50m, bills.Sum(bill => bill.InsurerShare));
        Assert.Equal([0m, 0m, 0m, 0m, 5.50m, 44.50m], bills.Select(bill => bill.InsurerShare).Order());
    }

    [TimedFact]
    public async Task ARefundedBillGivesItsShareOfTheCapBack()
    {
        var (patientId, _) = await CoveredPatientAsync(new CoverageRuleRequest(50m, null, null, 30m));
        var refunded = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        await _desk.PaidAsync(refunded.Id, 22.25m);
        using var refund = await BillingDesk.RefundAsync(_desk.Admin, refunded.Id, 22.25m, "Test not performed");

        var next = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));

        Assert.Equal(HttpStatusCode.Created, refund.StatusCode);
        Assert.Equal((22.25m, BillStatus.Refunded), (refunded.InsurerShare, (await _desk.BillAsync(refunded.Id)).Status));
        Assert.Equal(22.25m, next.InsurerShare);
    }

    [TimedFact]
    public async Task ABillTheInsurerPaysInFullLeavesThePatientNothingToPay()
    {
        var (patientId, _) = await CoveredPatientAsync(new CoverageRuleRequest(100m, null, null, null));

        BillDto bill = null!;

        var issuing = await _app.TrackAsync(async () => bill = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId)));
        using var payment = await BillingDesk.PayAsync(_desk.Staff, bill.Id, new PaymentRequest(1.00m, "Cash", null), $"desk-{Guid.NewGuid():N}");

        Assert.Equal((BillStatus.Paid, 44.50m, 0m, 0m), (bill.Status, bill.InsurerShare, bill.PatientShare, bill.Balance));
        // Other tests issue bills at the same time; this bill's BillPaid is the one to find, once.
        Assert.Single(issuing.Sent.MessagesOf<BillPaid>(), paid => paid.BillId == bill.Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, payment.StatusCode);
    }

    [TimedFact]
    public async Task WithoutARuleForTheBillsTypeOrAPrimaryCoverageInForceThePatientPaysItAll()
    {
        var (ruleForAnotherType, _) = await CoveredPatientAsync(new CoverageRuleRequest(80m, null, null, null), billType: "Radiology");
        var payer = await _insurance.PayerAsync("Secondary Only");
        await _insurance.RuleAsync(payer, "Laboratory", new CoverageRuleRequest(80m, null, null, null));
        var (secondaryOnly, _) = await _desk.PatientAsync();
        await _insurance.AddedAsync(secondaryOnly, InsuranceDesk.Coverage(payer, January, null, "Secondary"));
        var (lapsed, _) = await _desk.PatientAsync();
        await _insurance.AddedAsync(lapsed, InsuranceDesk.Coverage(payer, January.AddYears(-2), January.AddDays(-1)));

        var bills = new[]
        {
            await _desk.IssuedAsync(BillingDesk.LaboratoryBill(ruleForAnotherType)),
            await _desk.IssuedAsync(BillingDesk.LaboratoryBill(secondaryOnly)),
            await _desk.IssuedAsync(BillingDesk.LaboratoryBill(lapsed)),
        };

        Assert.All(bills, bill => Assert.Equal((0m, 44.50m, (string?)null), (bill.InsurerShare, bill.Balance, bill.PayerCode)));
    }

    /// <summary>A new patient with a primary coverage since January at a new payer with <paramref name="rule"/> for <paramref name="billType"/>.</summary>
    private async Task<(Guid PatientId, HttpClient Client)> CoveredPatientAsync(CoverageRuleRequest rule, string billType = "Laboratory")
    {
        var payer = await _insurance.PayerAsync("Split Mutual");
        await _insurance.RuleAsync(payer, billType, rule);
        var patient = await _desk.PatientAsync();
        await _insurance.AddedAsync(patient.PatientId, InsuranceDesk.Coverage(payer, January, null));
        return patient;
    }
}
