using Pms.Contracts.Billing;

namespace Pms.Patients.Services;

/// <summary>
/// billing-service's fee endpoint, called with this service's own token. It takes the factory rather
/// than a typed client so that message handlers depending on it can be generated without service location.
/// </summary>
public sealed class BillingFeeClient(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "billing-fees";

    /// <summary>Derived from the patient, so every retry of one patient's fee is the same charge.</summary>
    public static string RegistrationKey(Guid patientId) => $"registration-fee:{patientId}";

    /// <summary>Derived from the appointment, so every retry of one appointment's fee is the same charge.</summary>
    public static string ConsultationKey(Guid appointmentId) => $"consultation-fee:{appointmentId}";

    public async Task<FeeCharged> ChargeAsync(FeeRequest fee, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BillingRoutes.Fees) { Content = JsonContent.Create(fee) };
        request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, idempotencyKey);

        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<FeeCharged>(cancellationToken)
            ?? throw new InvalidOperationException("billing-service answered without a bill.");
    }
}
