using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pms.Contracts.Billing;
using Pms.Patients.Services;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Patients.Tests;

public sealed class BillingFeeClientTests(PatientsApp app)
{
    [TimedFact]
    public async Task ADeskWaitingForAFeeIsNotHeldForTheRetryAfterOfABillingThatIsDownButGivesUpAfterThreeQuickAttempts()
    {
        var key = $"registration-fee:{Guid.NewGuid()}";
        app.Billing.TakeDown(key, retryAfter: TimeSpan.FromSeconds(5));
        var fees = app.Services.GetRequiredService<BillingFeeClient>();
        var patient = new FeePatient(Guid.NewGuid(), "MRN-RETRY", "Ama", "Owusu", null, DateTimeOffset.UtcNow);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() =>
            fees.ChargeAsync(new FeeRequest(FeeKind.Registration, null, patient), key, TestContext.Current.CancellationToken));

        // Honouring the header, the second attempt would come after 5 s and the 6-s budget would end the call before a third.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Equal(3, app.Billing.ChargesWith(key).Count);
    }
}
