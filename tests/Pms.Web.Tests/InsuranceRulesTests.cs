using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Pms.Contracts;
using Pms.Web.Components.Forms;
using Pms.Web.Components.Pages.Bills;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class InsuranceRulesTests : WebComponentTest
{
    [Fact]
    public void ARuleIsSentWithItsAmountsReadAndItsCodesSeparated()
    {
        var model = new CoverageRuleModel { BillType = "Pharmacy", CoveredPercent = "80", CoPay = "", ExcludedCodes = "PHARM-VIT, LAB-DNA;X  Y", YearlyCap = "1500.00" };

        var change = model.ToChange();

        Assert.Equal((80m, 0m, (decimal?)1500m), (change.CoveredPercent, change.CoPay, change.YearlyCap));
        Assert.Equal(["PHARM-VIT", "LAB-DNA", "X", "Y"], change.ExcludedCodes);
    }

    [Fact]
    public void AShareAboveAHundredPercentIsRefusedBeforeItIsSent()
    {
        SignIn(PmsRoles.Admin);
        var submitted = false;
        var form = Render<CoverageRuleForm>(parameters => parameters
            .Add(form => form.Model, new CoverageRuleModel { CoveredPercent = "120" })
            .Add(form => form.Submit, (_, _) =>
            {
                submitted = true;
                return Task.CompletedTask;
            }));

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("A share is at most 100 percent.", form.Markup, StringComparison.Ordinal));
        Assert.False(submitted);
    }

    [Fact]
    public void TheDeskCannotTakeAnInsurancePaymentOnABillAlreadySplitWithAnInsurer()
    {
        var bill = SplitBill();

        Assert.Equal(["Cash", "Card", "BankTransfer"], PaymentModel.MethodsFor(bill));
        Assert.Contains("Insurance", PaymentModel.MethodsFor(bill with { InsurerShare = 0 }));
    }

    [Fact]
    public void ASplitBillShowsWhatTheInsurerPaysOfEachLineAndThePatientsShare()
    {
        SignIn(PmsRoles.Patient);
        var bill = SplitBill();
        Gateway.Answer(HttpStatusCode.OK, bill);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var page = Render<BillDetail>(parameters => parameters.Add(page => page.Id, bill.Id));

        page.WaitForAssertion(() => Assert.Equal("35.60 USD (NW)", page.TextOf("[data-testid=insurer-share]")));
        Assert.Equal("8.90 USD", page.TextOf("[data-testid=patient-share]"));
        Assert.Equal("8.90 USD", page.TextOf("[data-testid=bill-balance]"));
        Assert.Contains("29.60 USD", page.Find("[data-testid=bill-items] tbody tr").TextContent, StringComparison.Ordinal);
    }

    private static Bill SplitBill() =>
        new(Guid.NewGuid(), "INV-2026-000042", Guid.NewGuid(), "Laboratory",
            [new BillLine("LAB-CBC", "Complete blood count", 2, 18.50m, 37.00m) { InsurerShare = 29.60m }, new BillLine(null, "Specimen courier", 1, 7.50m, 7.50m) { InsurerShare = 6.00m }],
            44.50m, 0m, null, 0m, 44.50m, 0m, 0m, 8.90m, "USD", "Issued", null, null, DateTimeOffset.UtcNow, [], [])
        {
            InsurerShare = 35.60m,
            PayerCode = "NW",
        };
}
