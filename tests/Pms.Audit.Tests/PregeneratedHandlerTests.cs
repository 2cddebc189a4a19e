using Pms.Testing;

namespace Pms.Audit.Tests;

public sealed class PregeneratedHandlerTests
{
    [Fact]
    public async Task TheCommittedHandlerCodeIsCurrent() =>
        Assert.Empty(await PregeneratedMessageHandlers.DifferencesForAsync("Pms.Audit", TestContext.Current.CancellationToken));
}
