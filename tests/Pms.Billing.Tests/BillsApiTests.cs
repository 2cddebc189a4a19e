using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.ServiceDefaults.Apis;
using Pms.Testing;

namespace Pms.Billing.Tests;

/// <summary>Staff issue bills; a patient reads their own bills and no one else's.</summary>
public sealed class BillsApiTests(BillingApp app)
{
    private readonly BillingDesk _desk = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task StaffIssueABillWhoseAmountsTheServerComputesFromTheCatalog()
    {
        var (patientId, _) = await _desk.PatientAsync();

        using var response = await _desk.Staff.PostAsJsonAsync("/api/billing/bills", BillingDesk.LaboratoryBill(patientId), Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var bill = (await response.Content.ReadFromJsonAsync<BillDto>(ServiceJson.Options, Cancellation))!;
        Assert.Equal($"/api/billing/bills/{bill.Id}", response.Headers.Location?.OriginalString);
        Assert.Matches(@"^INV-\d{4}-\d{6}$", bill.Number);
        Assert.Equal((patientId, BillType.Laboratory, BillStatus.Issued, "USD"), (bill.PatientId, bill.BillType, bill.Status, bill.Currency));
        Assert.Equal(
            [new BillLineDto("LAB-CBC", "Complete blood count", 2, 18.50m, 37.00m, 0m), new BillLineDto(null, "Specimen courier", 1, 7.50m, 7.50m, 0m)],
            bill.Items);
        Assert.Equal((44.50m, 0m, 0m, 44.50m, 0m, 44.50m), (bill.Subtotal, bill.Discount, bill.Tax, bill.Total, bill.AmountPaid, bill.Balance));
    }

    [TimedFact]
    public async Task ADiscountGivenAsAPercentComesOffTheSubtotal()
    {
        var (patientId, _) = await _desk.PatientAsync();

        var bill = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId) with { Discount = new DiscountRequest(null, 10, "Staff family") });

        Assert.Equal((44.50m, 4.45m, "Staff family", 40.05m), (bill.Subtotal, bill.Discount, bill.DiscountReason, bill.Total));
    }

    [TimedFact]
    public async Task ThePatientABillIsForReadsIt()
    {
        var (patientId, patient) = await _desk.PatientAsync();
        var issued = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));

        using var response = await patient.GetAsync(new Uri($"/api/billing/bills/{issued.Id}", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bill = await response.Content.ReadFromJsonAsync<BillDto>(ServiceJson.Options, Cancellation);
        Assert.Equal((issued.Id, issued.Number, 44.50m), (bill!.Id, bill.Number, bill.Total));
    }

    [TimedFact]
    public async Task AnotherPatientIsToldThereIsNoSuchBill()
    {
        var issued = await _desk.IssuedAsync();
        var (_, otherPatient) = await _desk.PatientAsync();

        using var response = await otherPatient.GetAsync(new Uri($"/api/billing/bills/{issued.Id}", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(issued.Number, await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [TimedFact]
    public async Task APatientListsOnlyTheirOwnBillsWhateverPatientTheyAskFor()
    {
        var (patientId, patient) = await _desk.PatientAsync();
        var own = await _desk.IssuedAsync(BillingDesk.LaboratoryBill(patientId));
        var other = await _desk.IssuedAsync();

        var all = await patient.GetFromJsonAsync<PagedResult<BillDto>>("/api/billing/bills", ServiceJson.Options, Cancellation);
        var someoneElses = await patient.GetFromJsonAsync<PagedResult<BillDto>>($"/api/billing/bills?patientId={other.PatientId}", ServiceJson.Options, Cancellation);

        Assert.Equal(own.Id, Assert.Single(all!.Items).Id);
        Assert.Empty(someoneElses!.Items);
    }

    [TimedTheory]
    [InlineData(PmsRoles.Patient)]
    [InlineData(PmsRoles.Doctor)]
    public async Task OnlyStaffAndAdministratorsIssueBills(string role)
    {
        var (patientId, _) = await _desk.PatientAsync();

        using var response = await app.ClientFor(Guid.NewGuid(), role).PostAsJsonAsync("/api/billing/bills", BillingDesk.LaboratoryBill(patientId), Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await BillsExistAsync(patientId));
    }

    [TimedFact]
    public async Task AnInvalidBillIsRefusedWithAnErrorPerFieldAndNothingIsWritten()
    {
        var (patientId, _) = await _desk.PatientAsync();
        var request = new CreateBillRequest(patientId, "Spa",
            [new("NO-SUCH-ITEM", null, 1, null), new(null, " ", 0, -1m)],
            new DiscountRequest(5, 10, null),
            null);

        using var response = await _desk.Staff.PostAsJsonAsync("/api/billing/bills", request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation);
        Assert.Equal(
            ["billType", "discount", "discount.reason", "items[0].code", "items[1].description", "items[1].quantity", "items[1].unitPrice"],
            problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.False(await BillsExistAsync(patientId));
    }

    [TimedFact]
    public async Task ABillForAPatientBillingHasNotHeardOfIsUnprocessable()
    {
        var patientId = Guid.NewGuid();

        using var response = await _desk.Staff.PostAsJsonAsync("/api/billing/bills", BillingDesk.LaboratoryBill(patientId), Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(await BillsExistAsync(patientId));
    }

    private async Task<bool> BillsExistAsync(Guid patientId)
    {
        await using var db = app.Db();
        return await db.Bills.AnyAsync(bill => bill.PatientId == patientId, Cancellation);
    }
}
