using Pms.Billing.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Billing.Tests;

public sealed class MessageHandlerTests(BillingApp app)
{
    [Fact]
    public void EveryMessageHandlerCanBeGenerated() => Assert.Empty(MessageHandlerGeneration.FailuresOf(app.Host));
}
