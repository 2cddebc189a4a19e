using System.Net;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Testing;

namespace Pms.Billing.Tests;

public sealed class RevenueReportTests(BillingApp app)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedTheory]
    [InlineData(PmsRoles.Admin, HttpStatusCode.OK)]
    [InlineData(PmsRoles.Staff, HttpStatusCode.Forbidden)]
    [InlineData(PmsRoles.Doctor, HttpStatusCode.Forbidden)]
    [InlineData(PmsRoles.Patient, HttpStatusCode.Forbidden)]
    public async Task OnlyAdministratorsReadTheRevenueReport(string role, HttpStatusCode expected)
    {
        using var response = await app.ClientFor(Guid.NewGuid(), role).GetAsync(new Uri("/api/billing/reports/revenue", UriKind.Relative), Cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    [TimedFact]
    public async Task TheRevenueReportNeedsASignedInCaller()
    {
        using var response = await app.CreateClient().GetAsync(new Uri("/api/billing/reports/revenue", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
