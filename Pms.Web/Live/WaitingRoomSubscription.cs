using Pms.Contracts;
using StackExchange.Redis;

namespace Pms.Web.Live;

/// <summary>
/// Listens on Redis for patient-service's waiting-room signals, whichever replica sent them, and passes each to this
/// replica's open screens. The Redis client subscribes again by itself after a reconnection.
/// </summary>
public sealed partial class WaitingRoomSubscription(
    IConnectionMultiplexer redis, WaitingRoomUpdates updates, TimeProvider clock, ILogger<WaitingRoomSubscription> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal(LiveChannels.WaitingRoom);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var messages = await redis.GetSubscriber().SubscribeAsync(Channel);
            messages.OnMessage(async _ =>
            {
                try
                {
                    await updates.QueueChangedAsync(clock.GetUtcNow());
                }
                catch (Exception exception)
                {
                    ScreenFailed(logger, exception);
                }
            });
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // The web still serves; its waiting-room screens refresh only when their users act or reload until Redis is back.
            SubscriptionFailed(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(Channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Waiting-room screens will not update by themselves: the subscription to Redis failed.")]
    private static partial void SubscriptionFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A waiting-room screen failed to take a queue change.")]
    private static partial void ScreenFailed(ILogger logger, Exception exception);
}
