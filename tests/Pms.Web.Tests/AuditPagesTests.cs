using System.Globalization;
using System.Net;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Pages.Admin;
using Pms.Web.Components.Pages.Patient;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class AuditPagesTests : WebComponentTest
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-12-05T09:30:00Z", CultureInfo.InvariantCulture);
    private static readonly Guid PatientId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void AnAdminFiltersTheLogAndTheExportLinkCarriesTheSameFilter()
    {
        SignIn(PmsRoles.Admin);
        Gateway.Answer(HttpStatusCode.OK, Page()).Answer(HttpStatusCode.OK, Page(Entry("Read", "Allowed", 200)));
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Single(Gateway.Requests));

        page.Find("input[data-testid=filter-patient]").Change(PatientId.ToString());
        page.Find("[data-testid=apply]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, Gateway.Requests.Count));
        Assert.Equal($"/api/audit?patientId={PatientId}&page=1&pageSize=50", Gateway.Requests[1].PathAndQuery);
        page.WaitForAssertion(() => Assert.Contains("Florence Nightingale", page.Find("[data-testid=audit-entries] tbody").TextContent, StringComparison.Ordinal));
        Assert.Equal($"/files/audit/export?patientId={PatientId}", page.Find("[data-testid=export]").GetAttribute("href"));
    }

    [Fact]
    public void AMistypedIdIsSaidAndNothingIsAsked()
    {
        SignIn(PmsRoles.Admin);
        Gateway.Answer(HttpStatusCode.OK, Page());
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Single(Gateway.Requests));

        page.Find("input[data-testid=filter-patient]").Change("MRN 12");
        page.Find("[data-testid=apply]").Click();

        Assert.Contains("looks like", page.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.Single(Gateway.Requests);
    }

    [Theory]
    [InlineData(true, "Intact: 1,204 records checked.")]
    [InlineData(false, "Broken: the record of 2026-12-05 09:30:00 UTC no longer matches its chain (1,204 records checked).")]
    public void VerifyingSaysWhetherTheChainHolds(bool ok, string said)
    {
        SignIn(PmsRoles.Admin);
        Gateway.Answer(HttpStatusCode.OK, Page()).Answer(HttpStatusCode.OK, new AuditVerification(ok, 1204, ok ? null : At));
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Single(Gateway.Requests));

        page.Find("[data-testid=verify]").Click();

        page.WaitForAssertion(() => Assert.Equal(said, page.Find("[data-testid=verification]").TextContent.Trim()));
        Assert.Equal("/api/audit/verify", Gateway.Requests[1].PathAndQuery);
    }

    [Fact]
    public void APatientReadsWhoViewedTheirRecordInPlainWords()
    {
        SignIn(PmsRoles.Patient);
        Gateway.Answer(HttpStatusCode.OK, new AccessHistory(
        [
            new AccessHistoryItem(At, "Florence Nightingale", "Staff", "Read", "Patient", "Allowed"),
            new AccessHistoryItem(At, "Another patient", null, "Read", "Patient", "Denied"),
        ]));

        var page = Render<WhoViewedMyRecord>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=access-history] tbody tr").Count));
        var rows = page.FindAll("[data-testid=access-history] tbody tr").Select(row => row.TextContent).ToList();
        Assert.Contains("Florence Nightingale (Staff)", rows[0], StringComparison.Ordinal);
        Assert.Contains("Viewed your record", rows[0], StringComparison.Ordinal);
        Assert.Contains("refused", rows[1], StringComparison.Ordinal);
        Assert.Equal("/api/audit/me", Gateway.Requests[0].PathAndQuery);
    }

    private static PagedResult<AuditEntry> Page(params AuditEntry[] entries) => new(entries, 1, 50, entries.Length);

    private static AuditEntry Entry(string action, string outcome, int status) => new(
        At, Guid.NewGuid(), "Florence Nightingale", "Staff", action, "Patient", PatientId.ToString(), PatientId, [PatientId],
        "patients", "Web", "203.0.113.9", outcome, status, "4bf92f3577b34da6a3ce929d0e0e4736");
}
