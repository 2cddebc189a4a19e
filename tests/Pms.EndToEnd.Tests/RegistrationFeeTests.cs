using System.Net;
using System.Net.Http.Json;
using Pms.Contracts.Billing;

namespace Pms.EndToEnd.Tests;

public sealed class RegistrationFeeTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>
    /// The fee is charged by its own handler as soon as the record exists, not by the pending-fees job
    /// that would pick it up many seconds later if the handler failed. The first registration after
    /// start-up also pays the processes' one-off warm-up (JIT, first connections and tokens), so the
    /// bound is checked on a registration after it.
    /// </summary>
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ASelfRegisteredPatientsFeeIsChargedWithinTwoSecondsOfTheRecord()
    {
        var (warmUp, _) = await _client.RegisterPatientAsync(Cancellation);
        await Eventually.GetAsync(() => new PatientDatabase(fixture).RegistrationFeeChargedAsync(warmUp, Cancellation), TimeSpan.FromSeconds(30), Cancellation);
        var (userId, _) = await _client.RegisterPatientAsync(Cancellation);
        await _client.WaitForPatientRecordAsync(userId, Cancellation);

        var (createdAt, chargedAt) = await Eventually.GetAsync(
            () => new PatientDatabase(fixture).RegistrationFeeChargedAsync(userId, Cancellation), TimeSpan.FromSeconds(30), Cancellation);

        Assert.InRange(chargedAt - createdAt, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task OnlyServicesMayChargeRegistrationFees()
    {
        var (_, email) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var billing = PmsClient.Authorized(_client.Service(ResourceNames.Billing), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, BillingRoutes.Fees) { Content = JsonContent.Create(AFee()) };
        request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, "staff-try");

        using var response = await billing.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ANotificationServiceTokenIsRefusedByTheFeeEndpoint()
    {
        using var billing = PmsClient.Authorized(_client.Service(ResourceNames.Billing), await _client.ServiceTokenAsync(Cancellation, ResourceNames.Notifications));

        using var response = await billing.PostAsJsonAsync(BillingRoutes.Fees, AFee(), Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task TheFeeEndpointIsNotReachableThroughTheGateway()
    {
        using var gateway = PmsClient.Authorized(_client.Gateway(), await _client.ServiceTokenAsync(Cancellation));

        using var response = await gateway.PostAsJsonAsync(BillingRoutes.Fees, AFee(), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static FeeRequest AFee() =>
        new(FeeKind.Registration, null, new FeePatient(Guid.NewGuid(), "PMS-TEST", "Ada", "Lovelace", null, DateTimeOffset.UtcNow));
}
