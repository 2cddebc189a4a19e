using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Pms.Contracts;
using Pms.Web.Components.Pages.Staff;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class MergePatientsTests : WebComponentTest
{
    private static readonly Patient Survivor = new(Guid.NewGuid(), "PMS-000041", "Grace", "Hopper", new DateOnly(1936, 12, 9), "Female", null, "+442079460018",
        null, null, false, new RegistrationFee("Charged", null), DateTimeOffset.UtcNow, 7, [new PatientIdentifier("NationalId", "AB123456C")], true, null, null, null);

    private static readonly Patient Duplicate = Survivor with
    {
        Id = Guid.NewGuid(), Mrn = "PMS-000042", Email = "grace@example.org", PhoneNumber = "+442079460019", Version = 3,
        Identifiers = [new PatientIdentifier("NationalId", "AB123456C"), new PatientIdentifier("Passport", "533380006")],
    };

    public MergePatientsTests() => SignIn(PmsRoles.Staff);

    [Fact]
    public void TheDuplicateValuesChosenAreSentWithTheVersionsOfTheRecordsCompared()
    {
        Gateway.Answer(HttpStatusCode.OK, Survivor)
            .Answer(HttpStatusCode.OK, Array.Empty<IdentifierType>())
            .Answer(HttpStatusCode.OK, new PagedResult<Patient>([Survivor, Duplicate], 1, 10, 2))
            .Answer(HttpStatusCode.Created, Merge());
        var page = OpenAndSearch();

        Assert.Single(page.FindAll("[data-testid=compare]"));
        Compare(page);
        Assert.Empty(page.FindAll("tr[data-field=firstName] input"));
        Assert.Equal("grace@example.org", Kept(page, "email"));
        Choose(page, "phoneNumber", ofTheOtherRecord: true);
        Assert.Equal("+44 20 7946 0019", Kept(page, "phoneNumber"));
        ConfirmAndMerge(page);

        page.WaitForAssertion(() => Assert.EndsWith($"/staff/patients/{Survivor.Id}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        var merge = Gateway.Requests[3];
        Assert.Equal((HttpMethod.Post, $"/api/patients/{Survivor.Id}/merge"), (merge.Method, merge.PathAndQuery));
        using var body = JsonDocument.Parse(merge.Body!);
        Assert.Equal(Duplicate.Id, body.RootElement.GetProperty("duplicateId").GetGuid());
        Assert.Equal(["phoneNumber"], body.RootElement.GetProperty("takeFromDuplicate").EnumerateArray().Select(field => field.GetString()));
        Assert.Equal(7u, body.RootElement.GetProperty("survivorVersion").GetUInt32());
        Assert.Equal(3u, body.RootElement.GetProperty("duplicateVersion").GetUInt32());
    }

    [Fact]
    public void ARecordChangedSinceTheComparisonIsSaidAndComparedAgainKeepingTheChoices()
    {
        Gateway.Answer(HttpStatusCode.OK, Survivor)
            .Answer(HttpStatusCode.OK, Array.Empty<IdentifierType>())
            .Answer(HttpStatusCode.OK, new PagedResult<Patient>([Duplicate], 1, 10, 1))
            .AnswerProblem(HttpStatusCode.Conflict, "A record changed since the comparison; compare again.")
            .Answer(HttpStatusCode.OK, Survivor with { Version = 8 })
            .Answer(HttpStatusCode.OK, Duplicate)
            .Answer(HttpStatusCode.Created, Merge());
        var page = OpenAndSearch();
        Compare(page);
        Choose(page, "phoneNumber", ofTheOtherRecord: true);
        ConfirmAndMerge(page);

        page.WaitForAssertion(() => Assert.Contains("A record changed since the comparison", page.Find("[data-testid=problem]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=compare-again]").Click();
        page.WaitForAssertion(() => Assert.Equal(6, Gateway.Requests.Count));
        Assert.Equal("+44 20 7946 0019", Kept(page, "phoneNumber"));
        ConfirmAndMerge(page);

        page.WaitForAssertion(() => Assert.Equal(7, Gateway.Requests.Count));
        using var body = JsonDocument.Parse(Gateway.Requests[6].Body!);
        Assert.Equal(8u, body.RootElement.GetProperty("survivorVersion").GetUInt32());
        Assert.Equal(["phoneNumber"], body.RootElement.GetProperty("takeFromDuplicate").EnumerateArray().Select(field => field.GetString()));
    }

    private IRenderedComponent<MergePatients> OpenAndSearch()
    {
        var page = Render<MergePatients>(parameters => parameters.Add(page => page.Id, Survivor.Id));
        page.WaitForAssertion(() => Assert.Equal(2, Gateway.Requests.Count));
        page.InvokeAsync(() => page.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("Hopper"));
        page.WaitForElement("[data-testid=compare]");
        return page;
    }

    private static void Compare(IRenderedComponent<MergePatients> page)
    {
        page.Find("[data-testid=compare]").Click();
        page.WaitForElement("[data-testid=merge-comparison]");
    }

    private static void Choose(IRenderedComponent<MergePatients> page, string field, bool ofTheOtherRecord) =>
        page.FindAll($"tr[data-field={field}] input[type=radio]")[ofTheOtherRecord ? 1 : 0].Change(true);

    private static string Kept(IRenderedComponent<MergePatients> page, string field) =>
        page.Find($"tr[data-field={field}] [data-testid=kept]").TextContent.Trim();

    private static void ConfirmAndMerge(IRenderedComponent<MergePatients> page)
    {
        page.Find("input[type=checkbox]").Change(true);
        page.Find("[data-testid=merge]").Click();
    }

    private static PatientMerge Merge() =>
        new(Guid.NewGuid(), Survivor.Id, Duplicate.Id, DateTimeOffset.UtcNow, Guid.NewGuid(), 0, 0, null, DateTimeOffset.UtcNow.AddDays(7));
}
