using Pms.Billing.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Billing.Tests;

public sealed class MessageHandlerTests(BillingApp app)
{
    [Fact]
    public void EveryMessageHandlerCanBeGenerated() => Assert.Empty(MessageHandlerGeneration.FailuresOf(app.Host));

    [Fact]
    public async Task TheCommittedHandlerCodeIsCurrent() =>
        Assert.Empty(await PregeneratedMessageHandlers.DifferencesForAsync("Pms.Billing", TestContext.Current.CancellationToken));
}
