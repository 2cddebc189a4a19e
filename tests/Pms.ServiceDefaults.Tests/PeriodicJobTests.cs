using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Pms.ServiceDefaults.Hosting;

namespace Pms.ServiceDefaults.Tests;

public sealed class PeriodicJobTests
{
    [Fact]
    public async Task ARoundThatFailsIsLoggedAtTheJobsLevelAndTheNextRoundStillRuns()
    {
        var clock = new FakeTimeProvider();
        var logger = new FakeLogger<FlakyJob>();
        using var job = new FlakyJob(clock, logger, failingRounds: 1);

        await job.StartAsync(TestContext.Current.CancellationToken);
        await WaitForAsync(() => job.Rounds.Count == 1);
        clock.Advance(FlakyJob.Every);
        await WaitForAsync(() => job.Rounds.Count == 2);
        clock.Advance(FlakyJob.Every);
        await WaitForAsync(() => job.Rounds.Count == 3);
        await job.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal([false, true, true], job.Rounds);
        var failure = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal((LogLevel.Warning, "A round of flaking failed; the next round tries again"), (failure.Level, failure.Message));
        Assert.IsType<InvalidOperationException>(failure.Exception);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The job did not get there within 10 s.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Fails its first rounds, then succeeds; its first round runs at start-up.</summary>
    private sealed class FlakyJob(TimeProvider clock, ILogger logger, int failingRounds) : PeriodicJob(clock, logger)
    {
        public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

        public ConcurrentQueue<bool> Rounds { get; } = new();

        protected override TimeSpan Interval => Every;

        protected override string Work => "flaking";

        protected override bool FirstRoundAtStart => true;

        protected override LogLevel FailureLevel => LogLevel.Warning;

        protected override Task RunRoundAsync(CancellationToken cancellationToken)
        {
            var succeeded = Rounds.Count >= failingRounds;
            Rounds.Enqueue(succeeded);
            return succeeded ? Task.CompletedTask : throw new InvalidOperationException("A round that fails.");
        }
    }
}
