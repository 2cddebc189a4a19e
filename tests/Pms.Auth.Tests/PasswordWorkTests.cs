using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Options;
using Pms.Auth.Services;

namespace Pms.Auth.Tests;

public sealed class PasswordWorkTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PasswordsAreCheckedOnePerCoreAFewWaitTheirTurnInOrderAndTheRestAreToldToRetryAtOnce()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var work = new PasswordWork(services.GetRequiredService<IMeterFactory>(), Options.Create(new AuthOptions { PasswordTurnWaitLimit = Timeout.InfiniteTimeSpan }));
        var checking = new List<RateLimitLease>();
        for (var core = 0; core < Environment.ProcessorCount; core++)
        {
            var turn = await work.TakeTurnAsync(Cancellation);
            Assert.NotNull(turn);
            checking.Add(turn);
        }

        var waiting = Enumerable.Range(0, 4 * Environment.ProcessorCount).Select(_ => work.TakeTurnAsync(Cancellation)).ToList();
        var turnedAway = work.TakeTurnAsync(Cancellation);

        Assert.True(turnedAway.IsCompleted, "A sign-in beyond the queue is answered at once.");
        Assert.Null(await turnedAway);
        Assert.All(waiting, turn => Assert.False(turn.IsCompleted));

        checking[0].Dispose();
        using var next = await waiting[0];
        Assert.NotNull(next);
        Assert.All(waiting.Skip(1), turn => Assert.False(turn.IsCompleted));

        checking.Skip(1).ToList().ForEach(lease => lease.Dispose());
        foreach (var turn in waiting.Skip(1))
        {
            using var taken = await turn;
            Assert.NotNull(taken);
        }
    }

    [Fact]
    public async Task ASignInWhoseTurnDoesNotComeWithinTheWaitLimitIsToldToRetryAndCounted()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var refusals = new MetricCollector<long>(services.GetRequiredService<IMeterFactory>(), "Pms.Auth", "pms.auth.sign_ins_refused_busy");
        using var work = new PasswordWork(services.GetRequiredService<IMeterFactory>(), Options.Create(new AuthOptions { PasswordTurnWaitLimit = TimeSpan.FromMilliseconds(500) }));
        var checking = new List<RateLimitLease>();
        for (var core = 0; core < Environment.ProcessorCount; core++)
        {
            checking.Add((await work.TakeTurnAsync(Cancellation))!);
        }

        var waiting = work.TakeTurnAsync(Cancellation);
        Assert.False(waiting.IsCompleted, "A sign-in with room in the queue waits for a turn.");

        Assert.Null(await waiting);
        Assert.Equal([1L], refusals.GetMeasurementSnapshot().Select(measurement => measurement.Value));

        checking[0].Dispose();
        using var afterwards = await work.TakeTurnAsync(Cancellation);
        Assert.NotNull(afterwards);
        checking.Skip(1).ToList().ForEach(lease => lease.Dispose());
    }
}
