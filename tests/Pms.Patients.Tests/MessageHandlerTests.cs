using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Patients.Tests;

public sealed class MessageHandlerTests(PatientsApp app)
{
    [Fact]
    public void EveryMessageHandlerCanBeGenerated() => Assert.Empty(MessageHandlerGeneration.FailuresOf(app.Host));

    [Fact]
    public async Task TheCommittedHandlerCodeIsCurrent() =>
        Assert.Empty(await PregeneratedMessageHandlers.DifferencesForAsync("Pms.Patients", TestContext.Current.CancellationToken));
}
