using Pms.Testing;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Contracts.Billing;

namespace Pms.Billing.Tests;

/// <summary>Only patient-service's token carries billing.fees: another service's secret cannot charge a fee.</summary>
public sealed class FeeScopeTests(BillingApp app)
{
    public static TheoryData<string, string> OtherServicesAndFeeRoutes => new()
    {
        { ResourceNames.Notifications, BillingRoutes.RegistrationFees },
        { ResourceNames.Notifications, BillingRoutes.ConsultationFees },
        { ResourceNames.Billing, BillingRoutes.RegistrationFees },
        { ResourceNames.Billing, BillingRoutes.ConsultationFees },
    };

    [TimedTheory]
    [MemberData(nameof(OtherServicesAndFeeRoutes))]
    public async Task AnotherServicesTokenIsForbiddenAndChargesNothing(string clientId, string route)
    {
        var patientId = Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Post, route)
        {
            Content = route == BillingRoutes.RegistrationFees
                ? JsonContent.Create(new RegistrationFeeRequest(patientId))
                : JsonContent.Create(new ConsultationFeeRequest(patientId, Guid.NewGuid(), "CONS-GP")),
        };
        request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, $"scope-test:{patientId}");

        using var response = await app.ServiceClientFor(clientId).SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = app.Db();
        Assert.False(await db.Bills.AnyAsync(bill => bill.PatientId == patientId, TestContext.Current.CancellationToken));
    }
}
