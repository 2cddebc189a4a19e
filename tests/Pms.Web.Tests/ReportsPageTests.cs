using System.Net;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Pages.Reports;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class ReportsPageTests : WebComponentTest
{
    private static readonly AgedReceivableRow[] Receivables =
    [
        new("Patients", "Patients' own shares", "USD", 20m, 40m, 0m, 50m, 110m),
        new("AA", "Alpha Assurance", "USD", 80m, 0m, 0m, 150m, 230m),
    ];

    private static readonly ClaimOutcomeRow[] Claims = [new("BB", "Beta Benefit", "USD", 2, 0, 1, 0, 1, 50.0m, 70m, 30m, 40m)];

    [Fact]
    public void TheChartsShowEachPartysDebtByAgeAndEachPayersDenialRate()
    {
        var aging = ReportCharts.Aging(Receivables);

        Assert.Equal(["0–30 days", "31–60 days", "61–90 days", "Over 90 days"], aging.Select(series => series.Name));
        Assert.Equal([20d, 80d], aging[0].Data.Values);
        Assert.Equal([50d, 150d], aging[3].Data.Values);
        Assert.Equal(["Patients' own shares", "Alpha Assurance"], ReportCharts.Parties(Receivables));
        Assert.Equal([50d], ReportCharts.DenialRates(Claims)[0].Data.Values);
        var (labels, billed) = ReportCharts.BilledByPayer([
            new("Consultation", "BB", "Beta Benefit", "USD", 1, 40m, 0m, 40m, 40m),
            new("Laboratory", "", "Self-pay", "USD", 1, 30m, 0m, 30m, 30m),
            new("Laboratory", "BB", "Beta Benefit", "USD", 1, 30m, 30m, 0m, 0m),
        ]);
        Assert.Equal(["Self-pay", "Beta Benefit"], labels);
        Assert.Equal([30d, 70d], billed);
    }

    [Fact]
    public void StaffSeeReceivablesAndClaimsWithTheirDownloadsButNotRevenue()
    {
        SignIn(PmsRoles.Staff);
        AnswerActivity();
        Gateway.AnswerAt(HttpMethod.Get, "/api/billing/reports/aged-receivables", HttpStatusCode.OK, Receivables)
            .AnswerAt(HttpMethod.Get, "/api/billing/reports/claims", HttpStatusCode.OK, Claims);

        var page = Render<Reports>();

        page.WaitForAssertion(() => Assert.Contains("Alpha Assurance", page.Find("[data-testid=aged-receivables]").TextContent, StringComparison.Ordinal));
        Assert.Contains("50.0 %", page.Find("[data-testid=claim-outcomes]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=revenue-by-payer]"));
        Assert.DoesNotContain(Gateway.Requests, request => request.PathAndQuery.StartsWith("/api/billing/reports/payers", StringComparison.Ordinal));
        var claimsQuery = Assert.Single(Gateway.Requests, request => request.PathAndQuery.StartsWith("/api/billing/reports/claims", StringComparison.Ordinal)).PathAndQuery;
        Assert.Matches(@"from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$", claimsQuery);
        Assert.Equal("/files/reports/open-bills", page.Find("[data-testid=open-bills-csv]").GetAttribute("href"));
        Assert.Contains("Dr Ada Lovelace", page.Find("[data-testid=appointments-by-doctor]").TextContent, StringComparison.Ordinal);
        Assert.Contains("25.0 %", page.Find("[data-testid=appointments-by-doctor]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Desk: 2 · Online: 1", page.Find("[data-testid=registrations]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RegistrationsAreDrawnPerSourceForEveryDayOfThePeriod()
    {
        var (series, labels) = ReportCharts.Registrations(
            [new(new DateOnly(2026, 12, 2), "Desk", 2), new(new DateOnly(2026, 12, 2), "Online", 1), new(new DateOnly(2026, 12, 4), "Online", 3)],
            new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 4));

        Assert.Equal(["12-01", "", "", ""], labels);
        Assert.Equal([0d, 2d, 0d, 0d], series[0].Data.Values);
        Assert.Equal([0d, 1d, 0d, 3d], series[1].Data.Values);
    }

    private void AnswerActivity()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Gateway.AnswerAt(HttpMethod.Get, "/api/patients/reports/registrations", HttpStatusCode.OK,
                new[] { new RegistrationRow(today, "Desk", 2), new RegistrationRow(today, "Online", 1) })
            .AnswerAt(HttpMethod.Get, "/api/patients/reports/appointments", HttpStatusCode.OK,
                new[] { new DoctorAppointmentsRow(Guid.NewGuid(), "Ada Lovelace", 5, 3, 1, 1, 0, 25.0m) });
    }

    [Fact]
    public void AdministratorsAlsoSeeWhatWasBilledToEachPayer()
    {
        SignIn(PmsRoles.Admin);
        AnswerActivity();
        Gateway.AnswerAt(HttpMethod.Get, "/api/billing/reports/aged-receivables", HttpStatusCode.OK, Array.Empty<AgedReceivableRow>())
            .AnswerAt(HttpMethod.Get, "/api/billing/reports/claims", HttpStatusCode.OK, Array.Empty<ClaimOutcomeRow>())
            .AnswerAt(HttpMethod.Get, "/api/billing/reports/payers", HttpStatusCode.OK, new[] { new PayerRevenueRow("Laboratory", "", "Self-pay", "USD", 3, 90m, 0m, 90m, 60m) });

        var page = Render<Reports>();

        page.WaitForAssertion(() => Assert.Contains("Self-pay", page.Find("[data-testid=revenue-by-payer]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Nobody owes anything.", page.Markup, StringComparison.Ordinal);
        Assert.Contains("No claims in this period.", page.Markup, StringComparison.Ordinal);
    }
}
