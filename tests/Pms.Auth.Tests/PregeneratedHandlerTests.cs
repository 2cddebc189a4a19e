using Pms.Testing;

namespace Pms.Auth.Tests;

public sealed class PregeneratedHandlerTests
{
    [Fact]
    public async Task TheCommittedHandlerCodeIsCurrent() =>
        Assert.Empty(await PregeneratedMessageHandlers.DifferencesForAsync("Pms.Auth", TestContext.Current.CancellationToken));
}
