using System.Net;
using System.Net.Http.Json;
using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.Contracts;
using Pms.Contracts.Billing;
using Pms.Testing;

namespace Pms.Billing.Tests.Infrastructure;

/// <summary>
/// The front desk (a member of staff), an administrator and patients billing knows, all new for each test so that no
/// test sees another's bills; bills are issued and paid through the API, as the desk does it.
/// </summary>
public sealed class BillingDesk(BillingApp app)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public HttpClient Staff { get; } = app.ClientFor(Guid.NewGuid(), PmsRoles.Staff);

    public HttpClient Admin { get; } = app.ClientFor(Guid.NewGuid(), PmsRoles.Admin);

    /// <summary>Two complete blood counts from the catalog (18.50 each) and a courier at 7.50: 44.50 USD, untaxed.</summary>
    public static CreateBillRequest LaboratoryBill(Guid patientId) =>
        new(patientId, nameof(BillType.Laboratory), [new("LAB-CBC", null, 2, null), new(null, "Specimen courier", 1, 7.50m)], null, null);

    /// <summary>A patient billing has heard of from patient-service's events, with an account; the client signs in as that account.</summary>
    public async Task<(Guid PatientId, HttpClient Client)> PatientAsync()
    {
        var accountId = Guid.NewGuid();
        var patientId = Guid.NewGuid();
        await using var db = app.Db();
        db.Patients.Add(new PatientSummary { PatientId = patientId, Mrn = "MRN-TEST", FirstName = "Ama", LastName = "Owusu", AuthUserId = accountId, UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(Cancellation);
        return (patientId, app.ClientFor(accountId, PmsRoles.Patient));
    }

    public async Task<BillDto> IssuedAsync(CreateBillRequest request)
    {
        using var response = await Staff.PostAsJsonAsync("/api/billing/bills", request, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<BillDto>(ServiceJson.Options, Cancellation))!;
    }

    /// <summary>A laboratory bill (44.50) for a new patient.</summary>
    public async Task<BillDto> IssuedAsync() => await IssuedAsync(LaboratoryBill((await PatientAsync()).PatientId));

    public static async Task<HttpResponseMessage> PayAsync(HttpClient client, Guid billId, PaymentRequest payment, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/billing/bills/{billId}/payments") { Content = JsonContent.Create(payment) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, idempotencyKey);
        }

        return await client.SendAsync(request, Cancellation);
    }

    public static Task<HttpResponseMessage> VoidAsync(HttpClient client, Guid billId, string reason) =>
        client.PostAsJsonAsync($"/api/billing/bills/{billId}/void", new VoidRequest(reason), Cancellation);

    public static Task<HttpResponseMessage> RefundAsync(HttpClient client, Guid billId, decimal amount, string reason) =>
        client.PostAsJsonAsync($"/api/billing/bills/{billId}/refunds", new RefundRequest(amount, reason), Cancellation);

    /// <summary>The desk takes <paramref name="amount"/> in cash.</summary>
    public async Task<PaymentDto> PaidAsync(Guid billId, decimal amount)
    {
        using var response = await PayAsync(Staff, billId, new PaymentRequest(amount, nameof(PaymentMethod.Cash), null), $"desk-{Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PaymentDto>(ServiceJson.Options, Cancellation))!;
    }

    public async Task<BillDto> BillAsync(Guid billId) =>
        (await Staff.GetFromJsonAsync<BillDto>($"/api/billing/bills/{billId}", ServiceJson.Options, Cancellation))!;
}
