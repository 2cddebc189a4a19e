using Microsoft.Playwright;

namespace Pms.EndToEnd.Tests.Browser;

[CollectionDefinition(nameof(WebReplicaFailover), DisableParallelization = true)]
public sealed class WebReplicaFailover;

/// <summary>Kills web replicas, so it runs alone, after the tests whose pages they serve.</summary>
[Collection(nameof(WebReplicaFailover))]
public sealed class WebReplicaFailoverTests(PmsAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ASignedInMemberOfStaffStaysSignedInWhicheverWebReplicaDies()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var replicas = new ReplicaControls(app);
        var web = await replicas.OfAsync(ResourceNames.Web, cancellation);
        Assert.SkipWhen(web.Count < 2, "The suite runs one web replica (PMS_TEST_REPLICAS=1); nothing could take over.");
        var (_, staffEmail) = await new PmsClient(app).CreateStaffAsync(PmsRoles.Staff, cancellation);
        await using var staff = await WebPage.OpenAsync(browser, app);
        await staff.SignInAsync(staffEmail, PmsClient.Password);
        await staff.WaitForPathAsync("/staff/patients$");
        var lastName = $"Failover{Random.Shared.Next(100_000, 999_999)}";
        await staff.RegisterWalkInAsync(lastName);
        await staff.WaitForPathAsync("/staff/patients/[0-9a-f-]{36}$");
        var record = new Uri(staff.Page.Url).AbsolutePath;

        // Whichever replica holds the page's live connection, one of the two kills takes it away. The browser's own tab
        // then reloads itself onto the other replica; a new tab of the same browser opens the record meanwhile.
        foreach (var replica in web)
        {
            await replicas.KillAsync(replica, cancellation);

            var tab = new WebPage(await staff.Page.Context.NewPageAsync(), staff.Address);
            await tab.GoToAsync(record);
            await tab.WaitForPathAsync($"{record}$");
            await Assertions.Expect(tab.Page.GetByTestId("patient-summary")).ToContainTextAsync(lastName);
            await tab.Page.CloseAsync();

            await replicas.StartAsync(replica, cancellation);
        }
    }
}
