using System.Net;
using Pms.Billing.Tests.Infrastructure;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Testing;

namespace Pms.Billing.Tests;

/// <summary>Who reads the money reports, their CSV downloads (audited once), and a format or period that does not do.</summary>
public sealed class OperationalReportsApiTests(BillingApp app)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedTheory]
    [InlineData("/api/billing/reports/payers", PmsRoles.Admin, HttpStatusCode.OK)]
    [InlineData("/api/billing/reports/payers", PmsRoles.Staff, HttpStatusCode.Forbidden)]
    [InlineData("/api/billing/reports/aged-receivables", PmsRoles.Staff, HttpStatusCode.OK)]
    [InlineData("/api/billing/reports/aged-receivables", PmsRoles.Admin, HttpStatusCode.OK)]
    [InlineData("/api/billing/reports/aged-receivables", PmsRoles.Doctor, HttpStatusCode.Forbidden)]
    [InlineData("/api/billing/reports/aged-receivables/bills", PmsRoles.Staff, HttpStatusCode.OK)]
    [InlineData("/api/billing/reports/aged-receivables/bills", PmsRoles.Patient, HttpStatusCode.Forbidden)]
    [InlineData("/api/billing/reports/claims", PmsRoles.Staff, HttpStatusCode.OK)]
    [InlineData("/api/billing/reports/claims", PmsRoles.Patient, HttpStatusCode.Forbidden)]
    public async Task EachReportIsReadByWhoWorksWithIt(string path, string role, HttpStatusCode expected)
    {
        using var response = await app.ClientFor(Guid.NewGuid(), role).GetAsync(new Uri(path, UriKind.Relative), Cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    [TimedFact]
    public async Task AReportDownloadsAsCsvWithItsHeaderAndTheExportIsAudited()
    {
        using var admin = app.ClientFor(Guid.NewGuid(), PmsRoles.Admin);
        HttpResponseMessage response = null!;

        var exporting = await app.TrackAsync(async () => response = await admin.GetAsync(new Uri("/api/billing/reports/claims?format=csv", UriKind.Relative), Cancellation));

        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("attachment; filename=\"claims-", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
            var header = (await response.Content.ReadAsStringAsync(Cancellation)).Split("\r\n")[0];
            Assert.Equal("PayerCode,PayerName,Currency,Claims,Waiting,Paid,PartiallyPaid,Denied,DenialRatePercent,Claimed,PaidByInsurer,DeniedAmount", header);
        }

        var record = Assert.Single(exporting.Sent.MessagesOf<AuditRecorded>(), sent => sent.ResourceType == AuditResources.Report);
        Assert.Equal((AuditActions.Export, 200), (record.Action, record.Status));
    }

    [TimedTheory]
    [InlineData("/api/billing/reports/claims?format=xml", "format")]
    [InlineData("/api/billing/reports/payers?from=2026-12-07&to=2026-01-01", "from")]
    [InlineData("/api/billing/reports/payers?from=2024-01-01&to=2026-01-01", "from")]
    [InlineData("/api/billing/reports/claims?to=9999-12-31", "to")]
    [InlineData("/api/billing/reports/claims?to=0001-01-05", "to")]
    public async Task AFormatOrPeriodThatDoesNotDoIsRefusedByName(string path, string field)
    {
        using var response = await app.ClientFor(Guid.NewGuid(), PmsRoles.Admin).GetAsync(new Uri(path, UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }
}
