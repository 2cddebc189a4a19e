using System.Net.Http.Json;
using Pms.Contracts.Billing;

namespace Pms.Patients.Services;

/// <summary>billing-service's registration-fee endpoint, called with this service's own token.</summary>
public sealed class RegistrationFeeClient(HttpClient http)
{
    /// <summary>Derived from the patient, so every retry of one patient's fee is the same charge.</summary>
    public static string IdempotencyKey(Guid patientId) => $"registration-fee:{patientId}";

    public async Task<FeeCharged> ChargeAsync(Guid patientId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BillingRoutes.RegistrationFees)
        {
            Content = JsonContent.Create(new RegistrationFeeRequest(patientId)),
        };
        request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, IdempotencyKey(patientId));

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<FeeCharged>(cancellationToken)
            ?? throw new InvalidOperationException("billing-service answered without a bill.");
    }
}
