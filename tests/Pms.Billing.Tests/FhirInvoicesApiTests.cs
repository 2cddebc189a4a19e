using System.Net;
using Hl7.Fhir.Model;
using Pms.Billing.Dtos;
using Pms.Billing.Fhir;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Testing;
using Pms.Testing.Fhir;
using Task = System.Threading.Tasks.Task;

namespace Pms.Billing.Tests;

/// <summary>Bills read as FHIR R4 Invoices that a strict FHIR client accepts, to exactly whom the bills themselves are shown.</summary>
public sealed class FhirInvoicesApiTests(BillingApp app)
{
    private readonly BillingDesk _desk = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task AnIssuedBillReadsAsAnInvoiceWithItsLinesAndTotals()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var bill = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));

        var invoice = await _desk.Staff.ReadFhirAsync<Invoice>($"/fhir/Invoice/{bill.Id}");

        Assert.Equal((bill.Id.ToString(), Invoice.InvoiceStatus.Issued), (invoice.Id, invoice.Status));
        Assert.Equal((InvoiceResources.BillNumberSystem, bill.Number), (Assert.Single(invoice.Identifier).System, invoice.Identifier[0].Value));
        Assert.Equal(($"Patient/{patientId}", "Ama Owusu"), (invoice.Subject?.Reference, invoice.Subject?.Display));
        Assert.Equal("Laboratory", invoice.Type?.Text);
        Assert.Equal((await _desk.BillAsync(bill.Id)).IssuedAt, invoice.DateElement?.ToDateTimeOffset(TimeSpan.Zero));
        Assert.Equal(
            [(1, "Complete blood count", "LAB-CBC", 2m, 37.00m), (2, "Specimen courier", null, 1m, 7.50m)],
            invoice.LineItem.Select(line => (
                line.Sequence ?? 0,
                ((CodeableConcept)line.ChargeItem).Text,
                ((CodeableConcept)line.ChargeItem).Coding.SingleOrDefault(coding => coding.System == InvoiceResources.CatalogSystem)?.Code,
                Assert.Single(line.PriceComponent).Factor ?? 0,
                line.PriceComponent[0].Amount?.Value ?? 0)));
        Assert.All(invoice.LineItem, line => Assert.Equal(InvoicePriceComponentType.Base, line.PriceComponent[0].Type));
        Assert.Equal((44.50m, 44.50m), (invoice.TotalNet?.Value, invoice.TotalGross?.Value));
        Assert.All([invoice.TotalNet, invoice.TotalGross], money => Assert.Equal(Money.Currencies.USD, money?.Currency));
        Assert.Equal("Balance due: 44.50 USD", invoice.PaymentTerms);
    }

    [TimedFact]
    public async Task ASplitBillShowsTheInsurersShareAndThePatientsBalanceDue()
    {
        var insurance = new InsuranceDesk(_desk);
        var payer = await insurance.PayerAsync("FHIR Mutual");
        await insurance.RuleAsync(payer, "Laboratory", new CoverageRuleRequest(80m, null, null, null));
        var (patientId, _) = await _desk.PatientAsync();
        await insurance.AddedAsync(patientId, InsuranceDesk.Coverage(payer, new DateOnly(DateTime.UtcNow.Year, 1, 1), null));
        var bill = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));

        var invoice = await _desk.Staff.ReadFhirAsync<Invoice>($"/fhir/Invoice/{bill.Id}");

        var insurer = Assert.Single(invoice.TotalPriceComponent, component => component.Type == InvoicePriceComponentType.Informational);
        Assert.Equal((35.60m, InvoiceResources.InsurerShareCode), (insurer.Amount?.Value, insurer.Code?.Coding.Single(coding => coding.System == InvoiceResources.SplitSystem).Code));
        Assert.Equal(44.50m, invoice.TotalGross?.Value);
        Assert.Equal("Balance due: 8.90 USD", invoice.PaymentTerms);
    }

    [TimedFact]
    public async Task ADiscountedBillsNetAndGrossTotalsAreAfterTheDiscount()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var bill = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId) with { Discount = new DiscountRequest(null, 10, "Staff family") });

        var invoice = await _desk.Staff.ReadFhirAsync<Invoice>($"/fhir/Invoice/{bill.Id}");

        Assert.Equal((40.05m, 40.05m), (invoice.TotalNet?.Value, invoice.TotalGross?.Value));
        Assert.Equal(
            [(InvoicePriceComponentType.Base, 44.50m), (InvoicePriceComponentType.Discount, 4.45m)],
            invoice.TotalPriceComponent.Select(component => (component.Type, component.Amount?.Value ?? 0)));
    }

    [TimedFact]
    public async Task APaidBillIsBalanced()
    {
        var bill = await _desk.IssuedAsync();
        await _desk.PaidAsync(bill.Id, 44.50m);

        var invoice = await _desk.Staff.ReadFhirAsync<Invoice>($"/fhir/Invoice/{bill.Id}");

        Assert.Equal((Invoice.InvoiceStatus.Balanced, null), (invoice.Status, invoice.PaymentTerms));
    }

    [TimedFact]
    public async Task AVoidedBillIsCancelledWithTheReasonItWasVoided()
    {
        var bill = await _desk.IssuedAsync();
        using (var voiding = await BillingDesk.VoidAsync(_desk.Admin, bill.Id, "Duplicate"))
        {
            Assert.Equal(HttpStatusCode.OK, voiding.StatusCode);
        }

        var invoice = await _desk.Staff.ReadFhirAsync<Invoice>($"/fhir/Invoice/{bill.Id}");

        Assert.Equal((Invoice.InvoiceStatus.Cancelled, "Duplicate"), (invoice.Status, invoice.CancelledReason));
    }

    [TimedFact]
    public async Task ABillRefundedInFullIsCancelled()
    {
        var bill = await _desk.IssuedAsync();
        await _desk.PaidAsync(bill.Id, 44.50m);
        using (var refunding = await BillingDesk.RefundAsync(_desk.Admin, bill.Id, 44.50m, "Billed in error"))
        {
            Assert.Equal(HttpStatusCode.Created, refunding.StatusCode);
        }

        var invoice = await _desk.Staff.ReadFhirAsync<Invoice>($"/fhir/Invoice/{bill.Id}");

        Assert.Equal(Invoice.InvoiceStatus.Cancelled, invoice.Status);
    }

    [TimedFact]
    public async Task ASearchByPatientPagesNewestFirstWithLinksToTheNextAndPreviousPages()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var bills = new List<BillDto>();
        for (var i = 0; i < 3; i++)
        {
            bills.Add(await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId)));
        }

        var first = await _desk.Staff.ReadFhirAsync<Bundle>($"/fhir/Invoice?patient=Patient/{patientId}&_count=2");
        var next = Assert.Single(first.Link, link => link.Relation == "next").Url!;
        var second = await _desk.Staff.ReadFhirAsync<Bundle>(next);

        Assert.Equal((Bundle.BundleType.Searchset, 3), (first.Type, first.Total));
        Assert.Contains("_offset=2", new Uri(next).Query, StringComparison.Ordinal);
        Assert.Equal([bills[2].Id.ToString(), bills[1].Id.ToString()], Ids(first));
        Assert.Equal([bills[0].Id.ToString()], Ids(second));
        Assert.Contains(second.Link, link => link.Relation == "previous");
        Assert.DoesNotContain(second.Link, link => link.Relation == "next");
    }

    [TimedFact]
    public async Task ASearchByStatusFindsTheBillsInThatState()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var unpaid = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        var paid = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        await _desk.PaidAsync(paid.Id, 44.50m);

        var issued = await _desk.Staff.ReadFhirAsync<Bundle>($"/fhir/Invoice?patient={patientId}&status=issued");
        var balanced = await _desk.Staff.ReadFhirAsync<Bundle>($"/fhir/Invoice?patient={patientId}&status=balanced");

        Assert.Equal([unpaid.Id.ToString()], Ids(issued));
        Assert.Equal([paid.Id.ToString()], Ids(balanced));
    }

    [TimedFact]
    public async Task ValuesSeparatedByCommasAreAlternativesAndARepeatedParameterMustHoldEachTime()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var unpaid = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        var paid = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        await _desk.PaidAsync(paid.Id, 44.50m);

        var either = await _desk.Staff.ReadFhirAsync<Bundle>($"/fhir/Invoice?patient={patientId}&status=issued,balanced");
        var both = await _desk.Staff.ReadFhirAsync<Bundle>($"/fhir/Invoice?patient={patientId}&status=issued&status=balanced");
        var oneOfTwo = await _desk.Staff.ReadFhirAsync<Bundle>($"/fhir/Invoice?_id={unpaid.Id},{Guid.NewGuid()}&_id={unpaid.Id}");

        Assert.Equal([paid.Id.ToString(), unpaid.Id.ToString()], Ids(either));
        Assert.Equal(0, both.Total);
        Assert.Equal([unpaid.Id.ToString()], Ids(oneOfTwo));
    }

    [TimedFact]
    public async Task APatientReadingAnotherPatientsInvoiceIsToldItIsNotKnown()
    {
        var bill = await _desk.IssuedAsync();
        var (_, otherPatient) = await _desk.PatientAsync();

        using var response = await otherPatient.GetAsync(new Uri($"/fhir/Invoice/{bill.Id}", UriKind.Relative), Cancellation);

        var outcome = await response.ReadFhirAsync<OperationOutcome>(HttpStatusCode.NotFound);
        Assert.Equal(OperationOutcome.IssueType.NotFound, Assert.Single(outcome.Issue).Code);
        Assert.DoesNotContain(bill.Number, await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [TimedFact]
    public async Task APatientsSearchShowsTheirOwnBillsAndNeverAnotherPatients()
    {
        var (patientId, patient) = await _desk.PatientAsync();
        var own = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        var other = await _desk.IssuedAsync();

        var all = await patient.ReadFhirAsync<Bundle>("/fhir/Invoice");
        var someoneElses = await patient.ReadFhirAsync<Bundle>($"/fhir/Invoice?patient=Patient/{other.PatientId}");
        var byId = await patient.ReadFhirAsync<Bundle>($"/fhir/Invoice?_id={other.Id}");

        Assert.Equal([own.Id.ToString()], Ids(all));
        Assert.Equal((0, 0, 0, 0), (someoneElses.Total, someoneElses.Entry.Count, byId.Total, byId.Entry.Count));
    }

    [TimedFact]
    public async Task ADoctorSeesNoBillsAsBillingShowsDoctorsNone()
    {
        var bill = await _desk.IssuedAsync();
        var doctor = app.ClientFor(Guid.NewGuid(), PmsRoles.Doctor);

        var search = await doctor.ReadFhirAsync<Bundle>($"/fhir/Invoice?patient=Patient/{bill.PatientId}");
        var reading = await doctor.ReadFhirAsync<OperationOutcome>($"/fhir/Invoice/{bill.Id}", HttpStatusCode.NotFound);

        Assert.Equal((0, OperationOutcome.IssueType.NotFound), (search.Total, Assert.Single(reading.Issue).Code));
    }

    [TimedFact]
    public async Task AnIdThatIsNoBillsIsNotKnown()
    {
        var outcome = await _desk.Staff.ReadFhirAsync<OperationOutcome>("/fhir/Invoice/INV-2026-000001", HttpStatusCode.NotFound);

        Assert.Equal(OperationOutcome.IssueType.NotFound, Assert.Single(outcome.Issue).Code);
    }

    [TimedFact]
    public async Task AServiceTokenWithoutAFhirScopeIsForbidden()
    {
        var bill = await _desk.IssuedAsync();

        var outcome = await app.ServiceClientFor(ResourceNames.Patients).ReadFhirAsync<OperationOutcome>($"/fhir/Invoice/{bill.Id}", HttpStatusCode.Forbidden);

        Assert.Equal(OperationOutcome.IssueType.Forbidden, Assert.Single(outcome.Issue).Code);
    }

    [TimedTheory]
    [InlineData("_count=0")]
    [InlineData("_count=101")]
    [InlineData("_offset=-1")]
    [InlineData("patient=Practitioner/7d9f0b38-4c55-4b0e-9a55-2f4f4a1c1c1c")]
    [InlineData("patient=somebody")]
    [InlineData("status=unpaid")]
    [InlineData("subject=Patient/7d9f0b38-4c55-4b0e-9a55-2f4f4a1c1c1c")]
    public async Task ASearchThatCannotBeReadIsInvalid(string query)
    {
        var outcome = await _desk.Staff.ReadFhirAsync<OperationOutcome>($"/fhir/Invoice?{query}", HttpStatusCode.BadRequest);

        Assert.Equal(OperationOutcome.IssueType.Invalid, Assert.Single(outcome.Issue).Code);
    }

    [TimedFact]
    public async Task AReadLeavesAnAuditRecordOfTheBillAndItsPatient()
    {
        var bill = await _desk.IssuedAsync();

        var reading = await app.TrackAsync(() => _desk.Staff.ReadFhirAsync<Invoice>($"/fhir/Invoice/{bill.Id}"));

        var record = Assert.Single(reading.Sent.MessagesOf<AuditRecorded>(), record => record.ResourceType == AuditResources.Bill && record.ResourceId == bill.Id.ToString());
        Assert.Equal((ResourceNames.Billing, AuditActions.Read, 200, AuditOutcomes.Allowed), (record.Service, record.Action, record.Status, record.Outcome));
        Assert.Equal(bill.PatientId, Assert.Single(record.PatientIds));
    }

    [TimedFact]
    public async Task ASearchLeavesAnAuditRecordNamingThePatientsFound()
    {
        var bill = await _desk.IssuedAsync();

        var searching = await app.TrackAsync(() => _desk.Staff.ReadFhirAsync<Bundle>($"/fhir/Invoice?patient=Patient/{bill.PatientId}"));

        var record = Assert.Single(searching.Sent.MessagesOf<AuditRecorded>(), record => record.ResourceType == AuditResources.Bill && record.PatientIds.Contains(bill.PatientId));
        Assert.Equal((AuditActions.Search, 200, AuditOutcomes.Allowed), (record.Action, record.Status, record.Outcome));
    }

    private static IEnumerable<string?> Ids(Bundle bundle) => bundle.Entry.Select(entry => entry.Resource?.Id);
}
