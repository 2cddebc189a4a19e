using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pms.Contracts.Billing;

namespace Pms.EndToEnd.Tests;

public sealed class RegistrationFeeTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BillingTreatsTheSameIdempotencyKeyAsTheSameCharge()
    {
        using var billing = PmsClient.Authorized(_client.Service(ResourceNames.Billing), await _client.ServiceTokenAsync(Cancellation));
        var patientId = Guid.NewGuid();

        var first = await ChargeAsync(billing, patientId, $"registration-fee:{patientId}");
        var again = await ChargeAsync(billing, patientId, $"registration-fee:{patientId}");

        Assert.Equal(first.GetProperty("billId").GetGuid(), again.GetProperty("billId").GetGuid());
        Assert.Matches("^INV-\\d{4}-\\d{6}$", first.GetProperty("number").GetString());
        Assert.Equal(1, await new PatientDatabase(fixture).CountRegistrationBillsAsync(patientId, Cancellation));
    }

    [Fact]
    public async Task ConcurrentChargesWithOneKeyCreateOneBill()
    {
        using var billing = PmsClient.Authorized(_client.Service(ResourceNames.Billing), await _client.ServiceTokenAsync(Cancellation));
        var patientId = Guid.NewGuid();

        var bills = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => ChargeAsync(billing, patientId, $"registration-fee:{patientId}")));

        Assert.Single(bills.Select(bill => bill.GetProperty("billId").GetGuid()).Distinct());
        Assert.Equal(1, await new PatientDatabase(fixture).CountRegistrationBillsAsync(patientId, Cancellation));
    }

    [Fact]
    public async Task OnlyServicesMayChargeRegistrationFees()
    {
        var (_, email) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var billing = PmsClient.Authorized(_client.Service(ResourceNames.Billing), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, BillingRoutes.RegistrationFees) { Content = JsonContent.Create(new { patientId = Guid.NewGuid() }) };
        request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, "staff-try");

        using var response = await billing.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheFeeEndpointIsNotReachableThroughTheGateway()
    {
        using var gateway = PmsClient.Authorized(_client.Gateway(), await _client.ServiceTokenAsync(Cancellation));

        using var response = await gateway.PostAsJsonAsync(BillingRoutes.RegistrationFees, new { patientId = Guid.NewGuid() }, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<JsonElement> ChargeAsync(HttpClient billing, Guid patientId, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BillingRoutes.RegistrationFees) { Content = JsonContent.Create(new { patientId }) };
        request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, key);
        using var response = await billing.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }
}
