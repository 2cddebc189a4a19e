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
    [TimedTheory]
    [InlineData(ResourceNames.Notifications, FeeKind.Registration, null)]
    [InlineData(ResourceNames.Notifications, FeeKind.Consultation, "CONS-GP")]
    [InlineData(ResourceNames.Billing, FeeKind.Registration, null)]
    [InlineData(ResourceNames.Billing, FeeKind.Consultation, "CONS-GP")]
    public async Task AnotherServicesTokenIsForbiddenAndChargesNothing(string clientId, FeeKind kind, string? feeCode)
    {
        var patientId = Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Post, BillingRoutes.Fees)
        {
            Content = JsonContent.Create(new FeeRequest(kind, feeCode, new FeePatient(patientId, "MRN-SCOPE", "Ada", "Lovelace", null, DateTimeOffset.UtcNow))),
        };
        request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, $"scope-test:{patientId}");

        using var response = await app.ServiceClientFor(clientId).SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = app.Db();
        Assert.False(await db.Bills.AnyAsync(bill => bill.PatientId == patientId, TestContext.Current.CancellationToken));
    }
}
