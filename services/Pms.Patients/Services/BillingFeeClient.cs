using Pms.Contracts.Billing;

namespace Pms.Patients.Services;

/// <summary>
/// billing-service's fee endpoints, called with this service's own token. It takes the factory rather
/// than a typed client so that message handlers depending on it can be generated without service location.
/// </summary>
public sealed class BillingFeeClient(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "billing-fees";

    /// <summary>Derived from the patient, so every retry of one patient's fee is the same charge.</summary>
    public static string RegistrationKey(Guid patientId) => $"registration-fee:{patientId}";

    /// <summary>Derived from the appointment, so every retry of one appointment's fee is the same charge.</summary>
    public static string ConsultationKey(Guid appointmentId) => $"consultation-fee:{appointmentId}";

    public Task<FeeCharged> ChargeRegistrationAsync(Guid patientId, CancellationToken cancellationToken) =>
        ChargeAsync(BillingRoutes.RegistrationFees, new RegistrationFeeRequest(patientId), RegistrationKey(patientId), cancellationToken);

    public Task<FeeCharged> ChargeConsultationAsync(Guid appointmentId, Guid patientId, string feeCode, CancellationToken cancellationToken) =>
        ChargeAsync(BillingRoutes.ConsultationFees, new ConsultationFeeRequest(patientId, appointmentId, feeCode), ConsultationKey(appointmentId), cancellationToken);

    private async Task<FeeCharged> ChargeAsync<TRequest>(string route, TRequest body, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = JsonContent.Create(body) };
        request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, idempotencyKey);

        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<FeeCharged>(cancellationToken)
            ?? throw new InvalidOperationException("billing-service answered without a bill.");
    }
}
