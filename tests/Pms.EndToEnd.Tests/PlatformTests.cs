namespace Pms.EndToEnd.Tests;

public sealed class PlatformTests(PmsAppFixture fixture)
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task EveryResourceBecomesHealthyInLocalMode()
    {
        foreach (var resource in PmsAppFixture.HealthCheckedResources)
        {
            var state = await fixture.App.ResourceNotifications.WaitForResourceHealthyAsync(resource, TestContext.Current.CancellationToken);

            Assert.Equal(KnownResourceStates.Running, state.Snapshot.State?.Text);
        }

        TestContext.Current.SendDiagnosticMessage($"The AppHost was healthy after {fixture.StartupTime.TotalSeconds:F1} s.");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task TheWebHomePageRenders()
    {
        using var web = fixture.App.CreateHttpClient(ResourceNames.Web);

        var page = await web.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Patient Management System", page, StringComparison.Ordinal);
        Assert.Contains("All services are available", page, StringComparison.Ordinal);
    }
}
