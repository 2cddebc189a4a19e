using System.Net;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Pages.Admin;
using Pms.Contracts.Messaging;

namespace Pms.Web.Tests;

public sealed class DeadLettersPageTests : WebComponentTest
{
    private static readonly DeadLetter Letter = new(Guid.NewGuid(), "Pms.Contracts.Events.BillIssued", "kafka://topic/billing",
        "System.InvalidOperationException", "The handler is broken", DateTimeOffset.Parse("2026-12-05T09:30:00Z", System.Globalization.CultureInfo.InvariantCulture), ReplayQueued: false);

    public DeadLettersPageTests() => SignIn(PmsRoles.Admin);

    [Fact]
    public void EachServiceShowsItsOwnDeadLettersAndOneThatCannotBeReachedSaysSo()
    {
        var page = RenderWith(auth: [], notifications: [Letter], billingUnavailable: true);

        Assert.Equal(["/api/auth/dead-letters", "/api/patients/dead-letters", "/api/billing/dead-letters", "/api/notifications/dead-letters", "/api/audit/dead-letters"],
            Gateway.Requests.Select(request => request.PathAndQuery));
        Assert.Single(page.FindAll("[data-testid=dead-letters-auth] [data-testid=none]"));
        Assert.Single(page.FindAll("[data-testid=dead-letters-billing] [data-testid=unavailable]"));
        var row = page.Find("[data-testid=dead-letters-notifications] tbody tr").TextContent;
        Assert.Contains("BillIssued", row, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: The handler is broken", row, StringComparison.Ordinal);
        Assert.Contains("2026-12-05 09:30:00 UTC", row, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplayAsksTheServiceToHandleTheMessageAgainAndShowsTheListAfterwards()
    {
        var page = RenderWith(auth: [], notifications: [Letter]);
        Gateway.Answer(HttpStatusCode.Accepted).Answer(HttpStatusCode.OK, Array.Empty<DeadLetter>());

        Assert.False(Button(page, "Replay").HasAttribute("disabled"));
        Button(page, "Replay").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=dead-letters-notifications] [data-testid=none]")));
        Assert.Equal((HttpMethod.Post, $"/api/notifications/dead-letters/{Letter.Id}/replay"), (Gateway.Requests[5].Method, Gateway.Requests[5].PathAndQuery));
    }

    [Fact]
    public void DiscardIsConfirmedBeforeAnythingIsDropped()
    {
        var page = RenderWith(auth: [], notifications: [Letter]);
        Gateway.Answer(HttpStatusCode.NoContent).Answer(HttpStatusCode.OK, Array.Empty<DeadLetter>());

        Button(page, "Discard").Click();
        var requestsBeforeConfirming = Gateway.Requests.Count;
        Button(page, "Discard for good").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=dead-letters-notifications] [data-testid=none]")));
        Assert.Equal(5, requestsBeforeConfirming);
        Assert.Equal((HttpMethod.Delete, $"/api/notifications/dead-letters/{Letter.Id}"), (Gateway.Requests[5].Method, Gateway.Requests[5].PathAndQuery));
    }

    [Fact]
    public void AMessageAlreadyQueuedForReplayCannotBeReplayedTwice()
    {
        var page = RenderWith(auth: [], notifications: [Letter with { ReplayQueued = true }]);

        Assert.True(Button(page, "Replay").HasAttribute("disabled"));
    }

    private IRenderedComponent<DeadLetters> RenderWith(DeadLetter[] auth, DeadLetter[] notifications, bool billingUnavailable = false)
    {
        Gateway.Answer(HttpStatusCode.OK, auth).Answer(HttpStatusCode.OK, Array.Empty<DeadLetter>());
        if (billingUnavailable)
        {
            Gateway.AnswerProblem(HttpStatusCode.ServiceUnavailable, "billing-service is not answering");
        }
        else
        {
            Gateway.Answer(HttpStatusCode.OK, Array.Empty<DeadLetter>());
        }

        Gateway.Answer(HttpStatusCode.OK, notifications).Answer(HttpStatusCode.OK, Array.Empty<DeadLetter>());
        var page = Render<DeadLetters>();
        page.WaitForAssertion(() => Assert.Equal(5, Gateway.Requests.Count));
        return page;
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<DeadLetters> page, string text) =>
        page.FindAll("button").Single(button => button.TextContent.Trim() == text);
}
