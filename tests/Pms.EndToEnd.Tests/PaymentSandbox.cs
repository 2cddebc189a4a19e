using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

/// <summary>What a patient does at the payment provider, through the local sandbox's script API, and what the provider keeps.</summary>
public sealed class PaymentSandbox(PmsAppFixture fixture)
{
    public const string SucceedingCard = "4242 4242 4242 4242";
    public const string DeclinedCard = "4000 0000 0000 0002";
    public const string InsufficientFundsCard = "4000 0000 0000 9995";

    /// <summary>Opens the bill's checkout through the gateway as <paramref name="payer"/>.</summary>
    public static async Task<JsonElement> CheckoutAsync(HttpClient payer, Guid billId, CancellationToken cancellationToken)
    {
        using var response = await payer.PostAsJsonAsync($"/api/billing/bills/{billId}/checkout", new { returnUrl = "http://localhost/bills" }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    public async Task<(string Outcome, string? PaymentId)> PayAsync(string sessionId, string cardNumber, CancellationToken cancellationToken)
    {
        using var sandbox = fixture.App.CreateHttpClient(ResourceNames.Payments);
        using var response = await sandbox.PostAsJsonAsync($"/api/checkout/{sessionId}/pay", new { cardNumber }, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return (answer.GetProperty("outcome").GetString()!, answer.GetProperty("paymentId").GetString());
    }

    /// <summary>The session as the provider keeps it: its status, the payment and the refunds that went back on it.</summary>
    public async Task<JsonElement> SessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        using var sandbox = fixture.App.CreateHttpClient(ResourceNames.Payments);
        return await sandbox.GetFromJsonAsync<JsonElement>($"/api/checkout/{sessionId}", cancellationToken);
    }

    /// <summary>Every event about the session is lost on its way to PMS.</summary>
    public async Task LoseWebhooksOfAsync(string sessionId, CancellationToken cancellationToken)
    {
        using var sandbox = fixture.App.CreateHttpClient(ResourceNames.Payments);
        using var response = await sandbox.PostAsJsonAsync("/api/faults/lose-webhooks", new { sessionId }, cancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>Expires the session through the provider's own API, as Stripe's <c>POST /v1/checkout/sessions/{id}/expire</c>.</summary>
    public async Task ExpireAsync(string sessionId, CancellationToken cancellationToken)
    {
        using var sandbox = fixture.App.CreateHttpClient(ResourceNames.Payments);
        sandbox.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PmsAppFixture.PaymentsSecretKey);
        using var response = await sandbox.PostAsync($"/v1/checkout/sessions/{sessionId}/expire", new FormUrlEncodedContent([]), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
