using System.Net;
using System.Text.Json;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Forms;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class ClaimsTests : WebComponentTest
{
    private static readonly Claim Submitted = new(Guid.NewGuid(), "CLM-2026-000042", Guid.NewGuid(), Guid.NewGuid(), "NW", "Submitted", 35.60m, 0m, 0m, 0m, "USD",
        null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null,
        [new ClaimLine(1, "LAB-CBC", "Complete blood count", 29.60m, 0m, 0m), new ClaimLine(2, null, "Specimen courier", 6.00m, 0m, 0m)]);

    [Fact]
    public void ARemittanceStartsAsPaidInFullAndShowsWhatEachLineLeavesThePatient()
    {
        var model = RemittanceModel.For(Submitted);
        model.Lines[0].Paid = 25.00m;
        model.Lines[0].Adjusted = 2.00m;

        Assert.Equal([(1, 25.00m, 2.00m), (2, 6.00m, 0m)], model.ToLines().Select(line => (line.Position, line.Paid, line.Adjusted)));
        Assert.Equal([2.60m, 0m], model.Lines.Select(line => line.ToPatient));
    }

    [Fact]
    public void StaffRecordTheRemittanceWithItsReferenceAndEveryLine()
    {
        SignIn(PmsRoles.Staff);
        Claim? settled = null;
        Gateway.Answer(HttpStatusCode.OK, Submitted with { Status = "Paid", AmountPaid = 35.60m });
        var form = Render<ClaimSettlementForm>(parameters => parameters
            .Add(form => form.Claim, Submitted)
            .Add(form => form.Settled, claim =>
            {
                settled = claim;
                return Task.CompletedTask;
            }));

        form.Find("input[data-testid=remittance-reference]").Change("ERA-2026-0042");
        form.FindAll("form")[0].Submit();

        form.WaitForAssertion(() => Assert.Equal("Paid", settled?.Status));
        var request = Assert.Single(Gateway.Requests);
        Assert.Equal($"/api/billing/claims/{Submitted.Id}/remittance", request.PathAndQuery);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("ERA-2026-0042", body.RootElement.GetProperty("reference").GetString());
        Assert.Equal([29.60m, 6.00m], body.RootElement.GetProperty("lines").EnumerateArray().Select(line => line.GetProperty("paid").GetDecimal()));
    }
}
