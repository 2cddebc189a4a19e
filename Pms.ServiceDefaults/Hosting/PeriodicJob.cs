using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pms.ServiceDefaults.Hosting;

/// <summary>
/// Work a service does in rounds on a timer. A round that fails is logged, at <see cref="FailureLevel"/>, and the next one
/// tries again: a background service that throws would stop the whole service.
/// </summary>
public abstract partial class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock => clock;

    protected ILogger Logger => logger;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What a round does, for the log: "retrying pending fees".</summary>
    protected abstract string Work { get; }

    /// <summary>Whether the first round runs at start-up, rather than one <see cref="Interval"/> after it.</summary>
    protected virtual bool FirstRoundAtStart => false;

    /// <summary>How a failed round is logged: an error, unless the job only reports on something that is logged elsewhere.</summary>
    protected virtual LogLevel FailureLevel => LogLevel.Error;

    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        if (FirstRoundAtStart)
        {
            await RoundAsync(stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RoundAsync(stoppingToken);
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunRoundAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogRoundFailed(logger, FailureLevel, exception, Work);
        }
    }

    [LoggerMessage(Message = "A round of {Work} failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, LogLevel level, Exception exception, string work);
}
