using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Testing;

namespace Pms.Billing.Tests;

/// <summary>Administrators keep the price catalog; staff read it and bill from it.</summary>
public sealed class CatalogApiTests(BillingApp app)
{
    private readonly BillingDesk _desk = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task AnAdministratorAddsAPriceItemThatStaffThenSee()
    {
        var code = NewCode();

        using var response = await _desk.Admin.PostAsJsonAsync("/api/billing/catalog", new PriceItemRequest(code, "Vitamin D level", "Laboratory", 41.00m, "USD", null), Cancellation);
        var catalog = await _desk.Staff.GetFromJsonAsync<List<PriceItemDto>>("/api/billing/catalog", ServiceJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/billing/catalog/{code}", response.Headers.Location?.OriginalString);
        Assert.Contains(new PriceItemDto(code, "Vitamin D level", BillType.Laboratory, 41.00m, "USD", true), catalog!);
    }

    [TimedFact]
    public async Task ANewPriceAppliesToBillsIssuedAfterItAndBillsAlreadyIssuedKeepTheirs()
    {
        var code = await CatalogItemAsync(30.00m);
        var (patientId, _) = await _desk.PatientAsync();
        var before = await _desk.IssuedAsync(ItemBill(patientId, code));

        using var response = await _desk.Admin.PutAsJsonAsync($"/api/billing/catalog/{code}", new PriceItemRequest(null, "Vitamin D level", "Laboratory", 35.00m, "USD", true), Cancellation);
        var after = await _desk.IssuedAsync(ItemBill(patientId, code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(35.00m, (await response.Content.ReadFromJsonAsync<PriceItemDto>(ServiceJson.Options, Cancellation))!.UnitPrice);
        Assert.Equal((30.00m, 35.00m), ((await _desk.BillAsync(before.Id)).Total, after.Total));
    }

    [TimedFact]
    public async Task AnInactiveItemCannotBeBilled()
    {
        var code = await CatalogItemAsync(30.00m);
        using var deactivated = await _desk.Admin.PutAsJsonAsync($"/api/billing/catalog/{code}", new PriceItemRequest(null, "Vitamin D level", "Laboratory", 30.00m, "USD", false), Cancellation);
        var (patientId, _) = await _desk.PatientAsync();

        using var response = await _desk.Staff.PostAsJsonAsync("/api/billing/bills", ItemBill(patientId, code), Cancellation);

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("items[0].code", (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
    }

    [TimedFact]
    public async Task StaffCannotChangeTheCatalog()
    {
        var code = await CatalogItemAsync(30.00m);

        using var added = await _desk.Staff.PostAsJsonAsync("/api/billing/catalog", new PriceItemRequest(NewCode(), "Ferritin", "Laboratory", 1.00m, "USD", null), Cancellation);
        using var changed = await _desk.Staff.PutAsJsonAsync($"/api/billing/catalog/{code}", new PriceItemRequest(null, "Vitamin D level", "Laboratory", 0.01m, "USD", true), Cancellation);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (added.StatusCode, changed.StatusCode));
        await using var db = app.Db();
        Assert.Equal(30.00m, (await db.PriceItems.SingleAsync(item => item.Code == code, Cancellation)).UnitPrice);
    }

    [TimedTheory]
    [InlineData(PmsRoles.Patient)]
    [InlineData(PmsRoles.Doctor)]
    public async Task PatientsAndDoctorsCannotReadTheCatalog(string role)
    {
        using var response = await app.ClientFor(Guid.NewGuid(), role).GetAsync(new Uri("/api/billing/catalog", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [TimedFact]
    public async Task AnInvalidPriceItemIsRefusedWithAnErrorPerFieldAndNothingIsWritten()
    {
        var code = NewCode();

        using var response = await _desk.Admin.PostAsJsonAsync("/api/billing/catalog", new PriceItemRequest($"{code} !", "", "Gym", 1.005m, "usd", null), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation);
        Assert.Equal(["billType", "code", "currency", "name", "unitPrice"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        await using var db = app.Db();
        Assert.False(await db.PriceItems.AnyAsync(item => item.Code.StartsWith(code), Cancellation));
    }

    [TimedFact]
    public async Task ACodeAlreadyInTheCatalogIsAConflict()
    {
        using var response = await _desk.Admin.PostAsJsonAsync("/api/billing/catalog", new PriceItemRequest("lab-cbc", "Full blood count", "Laboratory", 1.00m, "USD", null), Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await using var db = app.Db();
        Assert.Equal(18.50m, (await db.PriceItems.SingleAsync(item => item.Code == "LAB-CBC", Cancellation)).UnitPrice);
    }

    private static string NewCode() => $"LAB-T{Guid.NewGuid():N}"[..20].ToUpperInvariant();

    private static CreateBillRequest ItemBill(Guid patientId, string code) => new(patientId, "Laboratory", [new(code, null, 1, null)], null, null);

    private async Task<string> CatalogItemAsync(decimal unitPrice)
    {
        var code = NewCode();
        using var response = await _desk.Admin.PostAsJsonAsync("/api/billing/catalog", new PriceItemRequest(code, "Vitamin D level", "Laboratory", unitPrice, "USD", null), Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }
}
