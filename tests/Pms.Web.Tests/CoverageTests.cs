using System.Net;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Forms;
using Pms.Web.Components.Shared;
using Pms.Web.Gateway;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class CoverageTests : WebComponentTest
{
    private static readonly Payer Northwind = new("NW", "Northwind Health", true);
    private static readonly Payer Retired = new("OLD", "Retired Mutual", false);

    private static readonly Coverage Current = new(Guid.NewGuid(), Guid.NewGuid(), "NW", "Northwind Health", "Gold PPO", "NW-123456", "GRP-7",
        new DateOnly(2026, 1, 1), null, "Primary", null, "Self", InForceToday: true);

    [Fact]
    public void StaffSendTheCardsDetailsWithTheDaysAndNoHolderWhenThePatientHoldsThePolicy()
    {
        SignIn(PmsRoles.Staff);
        CoverageChange? sent = null;
        var form = RenderForm(new CoverageModel
        {
            PayerCode = "NW", Plan = " Gold PPO ", MemberId = "NW-123456", ValidFrom = new DateTime(2027, 1, 1), ValidTo = new DateTime(2027, 12, 31), PolicyHolder = "ignored",
        }, change =>
        {
            sent = change;
            return Task.CompletedTask;
        });

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Equal(
            new CoverageChange("NW", "Gold PPO", "NW-123456", null, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), "Primary", null, "Self"), sent));
    }

    [Fact]
    public void SomeoneElseHoldingThePolicyMustBeNamedAndCoverCannotEndBeforeItStarts()
    {
        SignIn(PmsRoles.Staff);
        var submitted = false;
        var form = RenderForm(new CoverageModel
        {
            PayerCode = "NW", Plan = "Gold PPO", MemberId = "NW-1", ValidFrom = new DateTime(2027, 1, 1), ValidTo = new DateTime(2026, 12, 31), Relationship = "Child",
        }, _ =>
        {
            submitted = true;
            return Task.CompletedTask;
        });

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("Enter the name of the person who holds the policy.", form.Markup, StringComparison.Ordinal));
        Assert.Contains("The last day of cover cannot come before the first.", form.Markup, StringComparison.Ordinal);
        Assert.False(submitted);
    }

    [Fact]
    public void AnOverlapTheServerRefusesIsShownOnTheForm()
    {
        SignIn(PmsRoles.Staff);
        var form = RenderForm(new CoverageModel { PayerCode = "NW", Plan = "Gold PPO", MemberId = "NW-1", ValidFrom = new DateTime(2027, 1, 1) },
            _ => throw new ApiProblemException(HttpStatusCode.Conflict, "The patient already has a primary coverage on some of these days.",
                "Northwind Health, from 2026-01-01, with no end date. End it first, or give this coverage another priority."));

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("The patient already has a primary coverage on some of these days.", form.Markup, StringComparison.Ordinal));
        Assert.Contains("End it first", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInactivePayerIsOfferedOnlyToTheCoverageThatAlreadyNamesIt()
    {
        Payer[] payers = [Northwind, Retired];

        Assert.Equal([Northwind], new CoverageModel().PayersOffered(payers));
        Assert.Equal([Northwind, Retired], new CoverageModel { PayerCode = "OLD" }.PayersOffered(payers));
    }

    [Fact]
    public void APatientReadsTheirCoveragesWithoutAWayToChangeThem()
    {
        SignIn(PmsRoles.Patient);
        Gateway.Answer(HttpStatusCode.OK, new[] { Current });

        var panel = Render<PatientCoverages>(parameters => parameters.Add(panel => panel.PatientId, Current.PatientId));

        panel.WaitForAssertion(() => Assert.Contains("Northwind Health", panel.Find("[data-testid=coverages]").TextContent, StringComparison.Ordinal));
        var row = panel.Find("[data-testid=coverages] tbody tr").TextContent;
        Assert.Contains("Gold PPO (group GRP-7)", row, StringComparison.Ordinal);
        Assert.Contains("from 2026-01-01", row, StringComparison.Ordinal);
        Assert.Contains("In force", row, StringComparison.Ordinal);
        Assert.Contains("The patient", row, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[data-testid=add-coverage]"));
        Assert.Empty(panel.FindAll("button[aria-label^='Change the coverage']"));
        Assert.Equal([$"/api/billing/patients/{Current.PatientId}/coverages"], Gateway.Requests.Select(request => request.PathAndQuery));
    }

    [Fact]
    public void StaffSeeThatAPatientWithoutCoveragePaysInFullAndMayAddOne()
    {
        SignIn(PmsRoles.Staff);
        Gateway.Answer(HttpStatusCode.OK, Array.Empty<Coverage>()).Answer(HttpStatusCode.OK, new[] { Northwind, Retired });

        var panel = Render<PatientCoverages>(parameters => parameters.Add(panel => panel.PatientId, Guid.NewGuid()).Add(panel => panel.CanEdit, true));

        panel.WaitForAssertion(() => Assert.Equal("No insurance on record: bills go to the patient in full.", panel.TextOf("[data-testid=no-coverage]")));
        panel.Find("[data-testid=add-coverage]").Click();
        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=save-coverage]")));
    }

    private IRenderedComponent<CoverageForm> RenderForm(CoverageModel model, Func<CoverageChange, Task> submit) =>
        Render<CoverageForm>(parameters => parameters
            .Add(form => form.Model, model)
            .Add(form => form.Payers, new[] { Northwind, Retired })
            .Add(form => form.Submit, submit));
}
