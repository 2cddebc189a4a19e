using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts.Events;
using Pms.Testing;
using Pms.Testing.Fhir;
using FinancialResourceStatusCodes = Hl7.Fhir.Model.FinancialResourceStatusCodes;

namespace Pms.Billing.Tests;

/// <summary>
/// The insurer's share of a split bill becomes a draft claim; billing staff submit it, then record the insurer's
/// remittance (what it neither pays nor writes off becomes the patient's) or its denial (all of it becomes the patient's).
/// </summary>
public sealed class ClaimsApiTests
{
    private readonly BillingApp _app;
    private readonly BillingDesk _desk;
    private readonly InsuranceDesk _insurance;

    public ClaimsApiTests(BillingApp app)
    {
        _app = app;
        _desk = new BillingDesk(app);
        _insurance = new InsuranceDesk(_desk);
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task ASplitBillsInsurerShareIsADraftClaimPerLineThatStaffSubmitOnce()
    {
        var (bill, payer) = await SplitBillAsync(80m);

        var draft = Assert.Single(await ClaimsAsync($"?patientId={bill.PatientId}"));
        var submitting = await _app.TrackAsync(async () => Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(draft.Id)).StatusCode));
        using var again = await SubmitAsync(draft.Id);
        var submitted = await ClaimAsync(draft.Id);

        Assert.Equal(("CLM" + bill.Number[3..], ClaimStatus.Draft, 35.60m, payer), (draft.Number, draft.Status, draft.Amount, draft.PayerCode));
        Assert.Equal([(1, 29.60m), (2, 6.00m)], draft.Lines.Select(line => (line.Position, line.Amount)));
        Assert.Equal(ClaimStatus.Submitted, submitted.Status);
        Assert.NotNull(submitted.SubmittedAt);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var message = Assert.Single(submitting.Sent.MessagesOf<ClaimSubmitted>(), sent => sent.ClaimId == draft.Id);
        Assert.Equal((bill.Number, 35.60m, "Claim Mutual"), (message.BillNumber, message.Amount, message.PayerName));
    }

    [TimedFact]
    public async Task ARemittanceThatPaysPartOfTheClaimMovesTheRestThatIsNotWrittenOffToThePatient()
    {
        var (bill, _) = await SplitBillAsync(80m);
        await _desk.PaidAsync(bill.Id, bill.PatientShare);
        var claim = await SubmittedClaimAsync(bill);

        using var tooMuch = await RemitAsync(claim.Id, new RemittanceRequest("ERA-1", [new(1, 29.60m, 0.01m)]));
        using var nothing = await RemitAsync(claim.Id, new RemittanceRequest("ERA-1", [new(1, 0m, 5m)]));
        var remitting = await _app.TrackAsync(async () =>
        {
            using var response = await RemitAsync(claim.Id, new RemittanceRequest("ERA-2026-0042", [new(1, 25.00m, 2.00m)]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
        var settled = await ClaimAsync(claim.Id);
        var billAfter = await _desk.BillAsync(bill.Id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nothing.StatusCode);
        // Line 1: 25.00 paid, 2.00 written off, 2.60 to the patient; line 2, not named: its 6.00 to the patient.
        Assert.Equal((ClaimStatus.PartiallyPaid, 25.00m, 2.00m, 8.60m, "ERA-2026-0042"),
            (settled.Status, settled.AmountPaid, settled.AmountAdjusted, settled.TransferredToPatient, settled.RemittanceReference));
        Assert.Equal((27.00m, 8.60m, BillStatus.PartiallyPaid), (billAfter.InsurerShare, billAfter.Balance, billAfter.Status));
        Assert.Equal([27.00m, 0m], billAfter.Items.Select(line => line.InsurerShare));
        var paid = Assert.Single(remitting.Sent.MessagesOf<ClaimPaid>(), sent => sent.ClaimId == claim.Id);
        Assert.Equal((25.00m, 8.60m), (paid.AmountPaid, paid.TransferredToPatient));
    }

    [TimedFact]
    public async Task ADenialMovesTheWholeClaimToThePatientWhoIsToldWhy()
    {
        var (bill, _) = await SplitBillAsync(100m);
        var claim = await SubmittedClaimAsync(bill);

        using var noReason = await DenyAsync(claim.Id, new DenialRequest(" "));
        var denying = await _app.TrackAsync(async () =>
        {
            using var response = await DenyAsync(claim.Id, new DenialRequest("Not covered under the plan"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
        using var remittanceAfter = await RemitAsync(claim.Id, new RemittanceRequest("ERA-1", [new(1, 1m, 0m)]));
        var billAfter = await _desk.BillAsync(bill.Id);

        Assert.Equal(BillStatus.Paid, bill.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal((0m, 44.50m, BillStatus.Issued), (billAfter.InsurerShare, billAfter.Balance, billAfter.Status));
        Assert.Equal((ClaimStatus.Denied, "Not covered under the plan", 44.50m), ((await ClaimAsync(claim.Id)).Status, (await ClaimAsync(claim.Id)).DenialReason, (await ClaimAsync(claim.Id)).TransferredToPatient));
        Assert.Equal(HttpStatusCode.Conflict, remittanceAfter.StatusCode);
        var denied = Assert.Single(denying.Sent.MessagesOf<ClaimDenied>(), sent => sent.ClaimId == claim.Id);
        Assert.Equal((bill.Number, 44.50m, "Not covered under the plan"), (denied.BillNumber, denied.Amount, denied.Reason));
    }

    [TimedFact]
    public async Task ABillWhoseClaimTheInsurerHasCannotBeVoidedButADraftGoesWithIt()
    {
        var (drafted, _) = await SplitBillAsync(80m);
        var (submitted, _) = await SplitBillAsync(80m);
        await SubmittedClaimAsync(submitted);

        using var voidingDraft = await BillingDesk.VoidAsync(_desk.Admin, drafted.Id, "Wrong patient");
        using var voidingSubmitted = await BillingDesk.VoidAsync(_desk.Admin, submitted.Id, "Wrong patient");

        Assert.Equal(HttpStatusCode.OK, voidingDraft.StatusCode);
        Assert.Empty(await ClaimsAsync($"?patientId={drafted.PatientId}"));
        Assert.Equal(HttpStatusCode.Conflict, voidingSubmitted.StatusCode);
    }

    [TimedFact]
    public async Task PatientsDoNotReachClaimsAndAnInvalidRemittanceIsRefusedFieldByField()
    {
        var (bill, _) = await SplitBillAsync(80m);
        var claim = await SubmittedClaimAsync(bill);
        var (_, patient) = await _desk.PatientAsync();

        using var byPatient = await patient.GetAsync(new Uri("/api/billing/claims", UriKind.Relative), Cancellation);
        using var invalid = await RemitAsync(claim.Id, new RemittanceRequest(null, [new(null, -1m, 0.001m), new(2, null, null)]));
        using var unknown = await SubmitAsync(Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Forbidden, byPatient.StatusCode);
        Assert.Equal(["lines[0].adjusted", "lines[0].paid", "lines[0].position", "lines[1].paid", "reference"],
            (await invalid.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(ClaimStatus.Submitted, (await ClaimAsync(claim.Id)).Status);
    }

    [TimedFact]
    public async Task AClaimIsADocumentForTheInsurerAsPdfAndAsAValidFhirClaim()
    {
        var (bill, payer) = await SplitBillAsync(80m);
        var draft = Assert.Single(await ClaimsAsync($"?patientId={bill.PatientId}"));

        using var pdf = await _desk.Staff.GetAsync($"/api/billing/claims/{draft.Id}/document", Cancellation);
        var draftResource = await FhirAsync(draft.Id);
        await SubmittedClaimAsync(bill);
        var submittedResource = await FhirAsync(draft.Id);
        using var unknown = await _desk.Staff.GetAsync($"/api/billing/claims/{Guid.NewGuid()}/document", Cancellation);
        var (_, patientClient) = await _desk.PatientAsync();
        using var patient = await patientClient.GetAsync($"/api/billing/claims/{draft.Id}/fhir", Cancellation);

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"claim-{draft.Number}.pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var rows = Assert.Single(PdfText.Rows(await pdf.Content.ReadAsByteArrayAsync(Cancellation)));
        Assert.Contains($"Insurance claim {draft.Number}", rows);
        Assert.Contains($"Insurer Claim Mutual ({payer})", rows);
        Assert.Contains("Complete blood count (LAB-CBC) 29.60 0.00 0.00", rows);
        Assert.Contains("Claimed 35.60 USD", rows);
        Assert.Equal(FinancialResourceStatusCodes.Draft, draftResource.Status);
        Assert.Equal(FinancialResourceStatusCodes.Active, submittedResource.Status);
        Assert.Equal((draft.Number, $"Patient/{bill.PatientId}", payer, "Claim Mutual"),
            (submittedResource.Identifier.Single().Value, submittedResource.Patient!.Reference, submittedResource.Insurer!.Identifier!.Value, submittedResource.Insurer.Display));
        Assert.Equal(35.60m, submittedResource.Total!.Value);
        Assert.Equal([(1, 29.60m), (2, 6.00m)], submittedResource.Item.Select(item => (item.Sequence!.Value, item.Net!.Value!.Value)));
        Assert.Equal("LAB-CBC", submittedResource.Item[0].ProductOrService.Coding.Single().Code);
        Assert.True(submittedResource.Insurance.Single().Focal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, patient.StatusCode);
    }

    /// <summary>A laboratory bill (44.50) for a new patient whose payer covers <paramref name="percent"/> of each line.</summary>
    private async Task<(BillDto Bill, string Payer)> SplitBillAsync(decimal percent)
    {
        var payer = await _insurance.PayerAsync("Claim Mutual");
        await _insurance.RuleAsync(payer, "Laboratory", new CoverageRuleRequest(percent, null, null, null));
        var (patientId, _) = await _desk.PatientAsync();
        await _insurance.AddedAsync(patientId, InsuranceDesk.Coverage(payer, new DateOnly(DateTime.UtcNow.Year, 1, 1), null));
        return (await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId)), payer);
    }

    private async Task<ClaimDto> SubmittedClaimAsync(BillDto bill)
    {
        var claim = Assert.Single(await ClaimsAsync($"?patientId={bill.PatientId}"));
        using var response = await SubmitAsync(claim.Id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return claim;
    }

    private async Task<List<ClaimDto>> ClaimsAsync(string query) =>
        (await _desk.Staff.GetFromJsonAsync<List<ClaimDto>>($"/api/billing/claims{query}", ServiceJson.Options, Cancellation))!;

    private async Task<Hl7.Fhir.Model.Claim> FhirAsync(Guid id)
    {
        using var response = await _desk.Staff.GetAsync($"/api/billing/claims/{id}/fhir", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return FhirValidation.ParseValid<Hl7.Fhir.Model.Claim>(await response.Content.ReadAsStringAsync(Cancellation));
    }

    private async Task<ClaimDto> ClaimAsync(Guid id) =>
        (await _desk.Staff.GetFromJsonAsync<ClaimDto>($"/api/billing/claims/{id}", ServiceJson.Options, Cancellation))!;

    private Task<HttpResponseMessage> SubmitAsync(Guid id) =>
        _desk.Staff.PostAsync(new Uri($"/api/billing/claims/{id}/submit", UriKind.Relative), null, Cancellation);

    private Task<HttpResponseMessage> RemitAsync(Guid id, RemittanceRequest request) =>
        _desk.Staff.PostAsJsonAsync($"/api/billing/claims/{id}/remittance", request, Cancellation);

    private Task<HttpResponseMessage> DenyAsync(Guid id, DenialRequest request) =>
        _desk.Staff.PostAsJsonAsync($"/api/billing/claims/{id}/denial", request, Cancellation);
}
