using Pms.Contracts;
using StackExchange.Redis;

namespace Pms.Web.Live;

/// <summary>
/// Listens on Redis for patient-service's waiting-room signals, whichever replica sent them, and passes each to this
/// replica's open screens without waiting for them, so one slow screen holds up no other signal. Until Redis takes the
/// subscription it tries again, logging each failure; once taken, the Redis client subscribes again by itself after a
/// reconnection.
/// </summary>
public sealed partial class WaitingRoomSubscription(
    IConnectionMultiplexer redis, WaitingRoomUpdates updates, TimeProvider clock, ILogger<WaitingRoomSubscription> logger) : BackgroundService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal(LiveChannels.WaitingRoom);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var messages = await redis.GetSubscriber().SubscribeAsync(Channel);
                messages.OnMessage(message => { _ = TellScreensAsync(); });
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // The web still serves; its waiting-room screens refresh only when their users act until this succeeds.
                SubscriptionFailed(logger, wait.TotalSeconds, exception);
                await Task.Delay(wait, clock, stoppingToken);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks));
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await redis.GetSubscriber().UnsubscribeAsync(Channel);
    }

    private async Task TellScreensAsync()
    {
        try
        {
            await updates.QueueChangedAsync();
        }
        catch (Exception exception)
        {
            ScreenFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Waiting-room screens do not update by themselves: the subscription to Redis failed; trying again in {Seconds} s.")]
    private static partial void SubscriptionFailed(ILogger logger, double seconds, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A waiting-room screen failed to take a queue change.")]
    private static partial void ScreenFailed(ILogger logger, Exception exception);
}
