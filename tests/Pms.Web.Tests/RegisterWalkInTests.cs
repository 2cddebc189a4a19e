using System.Net;
using Bunit;
using MudBlazor;
using Pms.Contracts;
using Pms.Web.Components.Pages.Staff;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class RegisterWalkInTests : WebComponentTest
{
    public RegisterWalkInTests() => SignIn(PmsRoles.Staff);

    [Fact]
    public void AnIdentifierAlreadyOnAnotherRecordIsExplainedNamingThatRecord()
    {
        Gateway.Answer(HttpStatusCode.OK, Array.Empty<IdentifierType>())
            .AnswerProblem(HttpStatusCode.Conflict, "National ID AB123456C is already on record PMS-000007.",
                "One person has one record: open that record, or merge the two.");
        var page = Render<RegisterWalkIn>();
        page.WaitForAssertion(() => Assert.Single(Gateway.Requests));

        Field(page, "First name").Change("Grace");
        Field(page, "Last name").Change("Hopper");
        Field(page, "Date of birth").Change("1936-12-09");
        page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("Female"));
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("National ID AB123456C is already on record PMS-000007.", page.Find("[data-testid=problem]").TextContent));
        Assert.Contains("open that record, or merge the two", page.Find("[data-testid=problem]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=duplicate-warning]"));
        Assert.Equal(HttpMethod.Post, Gateway.Requests[1].Method);
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<RegisterWalkIn> page, string label) =>
        page.FindAll(".mud-input-control").First(control => control.QuerySelector("label")?.TextContent == label).QuerySelector("input")!;
}
