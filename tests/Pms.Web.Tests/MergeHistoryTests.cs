using System.Net;
using Bunit;
using MudBlazor;
using Pms.Contracts;
using Pms.Web.Components.Pages.Staff;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class MergeHistoryTests : WebComponentTest
{
    private static readonly Patient Survivor = new(Guid.NewGuid(), "PMS-000041", "Grace", "Hopper", new DateOnly(1936, 12, 9), "Female", null, "+442079460018",
        null, null, false, new RegistrationFee("Charged", null), DateTimeOffset.UtcNow, 7, [], true, null, null, null);

    private static readonly Patient Duplicate = Survivor with { Id = Guid.NewGuid(), Mrn = "PMS-000042", PhoneNumber = "+442079460019" };

    private static readonly Patient MergedDuplicate = Duplicate with { Active = false, ReplacedBy = Survivor.Id };

    private static readonly PatientMerge Standing = new(
        Guid.NewGuid(), Survivor.Id, Duplicate.Id, DateTimeOffset.UtcNow.AddHours(-1), Guid.NewGuid(), 2, 1, null, DateTimeOffset.UtcNow.AddDays(7));

    [Fact]
    public void AMergedRecordSaysWhichRecordItWasMergedIntoAndOffersNoChanges()
    {
        SignIn(PmsRoles.Staff);
        Gateway.AnswerAt(HttpMethod.Get, $"/api/patients/{Duplicate.Id}", HttpStatusCode.OK, MergedDuplicate)
            .AnswerAt(HttpMethod.Get, $"/api/patients/{Duplicate.Id}/merges", HttpStatusCode.OK, new[] { Standing })
            .AnswerAt(HttpMethod.Get, $"/api/patients/{Survivor.Id}", HttpStatusCode.OK, Survivor);

        var page = Render<PatientDetail>(parameters => parameters.Add(page => page.Id, Duplicate.Id));

        page.WaitForAssertion(() => Assert.StartsWith("This record was merged into PMS-000041, Grace Hopper.", page.TextOf("[data-testid=merged-banner]"), StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.Equal("This record was merged into PMS-000041, Grace Hopper", page.TextOf("[data-testid=merged-records]")));
        Assert.Equal($"/staff/patients/{Survivor.Id}", page.Find("[data-testid=survivor-link]").GetAttribute("href"));
        Assert.Equal("2 appointments, 1 document", page.TextOf("td[data-label=Moved]"));
        Assert.StartsWith("Can be undone until", page.TextOf("[data-testid=merge-status]"), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=undo-merge], [data-testid=correct-record], [data-testid=merge-duplicate], [data-testid=new-bill], [data-testid=patient-documents]"));
    }

    [Fact]
    public void AnAdministratorUndoesAMergeAfterConfirmingAndTheDuplicateIsActiveAgain()
    {
        SignIn(PmsRoles.Admin);
        Gateway.AnswerAt(HttpMethod.Get, $"/api/patients/{Duplicate.Id}", HttpStatusCode.OK, MergedDuplicate)
            .AnswerAt(HttpMethod.Get, $"/api/patients/{Duplicate.Id}", HttpStatusCode.OK, Duplicate)
            .AnswerAt(HttpMethod.Get, $"/api/patients/{Duplicate.Id}/merges", HttpStatusCode.OK, new[] { Standing })
            .AnswerAt(HttpMethod.Get, $"/api/patients/{Duplicate.Id}/merges", HttpStatusCode.OK, new[] { Standing with { UndoneAt = DateTimeOffset.UtcNow } })
            .AnswerAt(HttpMethod.Get, $"/api/patients/{Survivor.Id}", HttpStatusCode.OK, Survivor)
            .AnswerAt(HttpMethod.Get, "/api/audit", HttpStatusCode.OK, new PagedResult<AuditEntry>([], 1, 10, 0))
            .AnswerAt(HttpMethod.Get, "/api/billing/bills", HttpStatusCode.OK, new PagedResult<Bill>([], 1, 50, 0))
            .AnswerAt(HttpMethod.Get, $"/api/billing/patients/{Duplicate.Id}/coverages", HttpStatusCode.OK, Array.Empty<Coverage>())
            .AnswerAt(HttpMethod.Get, "/api/billing/payers", HttpStatusCode.OK, Array.Empty<Payer>())
            .AnswerAt(HttpMethod.Get, "/api/doctors", HttpStatusCode.OK, new PagedResult<Doctor>([], 1, 100, 0))
            .AnswerAt(HttpMethod.Get, "/api/appointments", HttpStatusCode.OK, new PagedResult<Appointment>([], 1, 50, 0))
            .AnswerAt(HttpMethod.Get, $"/api/patients/{Duplicate.Id}/documents", HttpStatusCode.OK, Array.Empty<PatientDocument>())
            .AnswerAt(HttpMethod.Post, $"/api/patients/merges/{Standing.Id}/undo", HttpStatusCode.OK, Standing with { UndoneAt = DateTimeOffset.UtcNow });
        var dialogs = Render<MudDialogProvider>();
        var page = Render<PatientDetail>(parameters => parameters.Add(page => page.Id, Duplicate.Id));

        page.WaitForElement("[data-testid=undo-merge]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("corrections made to it since are undone too", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Single(button => button.TextContent.Trim() == "Undo the merge").Click();

        page.WaitForAssertion(() => Assert.Equal("Record status: Active", page.TextOf("[data-testid=record-status]")));
        page.WaitForAssertion(() => Assert.StartsWith("Undone", page.TextOf("[data-testid=merge-status]"), StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=merged-banner], [data-testid=undo-merge]"));
        Assert.Single(Gateway.Requests, request => request.Method == HttpMethod.Post && request.PathAndQuery == $"/api/patients/merges/{Standing.Id}/undo");
    }
}
