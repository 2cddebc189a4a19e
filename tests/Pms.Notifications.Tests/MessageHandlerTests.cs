using Pms.Notifications.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Notifications.Tests;

public sealed class MessageHandlerTests : IAsyncLifetime
{
    private readonly NotificationsApp _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public void EveryMessageHandlerCanBeGenerated() => Assert.Empty(MessageHandlerGeneration.FailuresOf(_app.Host));

    [Fact]
    public async Task TheCommittedHandlerCodeIsCurrent() =>
        Assert.Empty(await PregeneratedMessageHandlers.DifferencesForAsync("Pms.Notifications", TestContext.Current.CancellationToken));
}
