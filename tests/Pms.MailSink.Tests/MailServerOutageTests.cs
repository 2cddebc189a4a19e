using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using Pms.Testing;

namespace Pms.MailSink.Tests;

public sealed class MailServerOutageTests(MailSinkFactory factory) : IClassFixture<MailSinkFactory>
{
    [Fact]
    public void DuringAnOutageEveryRecipientIsRefusedAndAfterItNobodyIs()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
        var faults = new DeliveryFaults(clock);

        faults.RefuseAllFor(TimeSpan.FromSeconds(20));
        var during = new[] { faults.ShouldRefuse(["a@example.org"]), faults.ShouldRefuse(["b@example.org"]) };
        clock.Advance(TimeSpan.FromSeconds(20));
        var after = faults.ShouldRefuse(["a@example.org"]);

        Assert.Equal([true, true], during);
        Assert.False(after);
    }

    [TimedFact]
    public async Task AnOutageIsRefusedWhenItsLengthIsMissingOrTooLong()
    {
        using var client = factory.CreateClient();

        using var missing = await client.PostAsJsonAsync("/api/faults/outage", new { }, TestContext.Current.CancellationToken);
        using var tooLong = await client.PostAsJsonAsync("/api/faults/outage", new { seconds = FaultsApi.MaximumOutageSeconds + 1 }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}
