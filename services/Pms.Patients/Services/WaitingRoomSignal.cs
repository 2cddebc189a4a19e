using System.Diagnostics.Metrics;
using Pms.Contracts;
using StackExchange.Redis;

namespace Pms.Patients.Services;

/// <summary>
/// Tells every waiting-room screen, through Redis, that a doctor's queue changed, once the change is saved. A signal that
/// cannot be sent loses nothing (the queue is in the database and screens show when they last heard) but leaves screens
/// behind, so each one is logged and counted.
/// </summary>
public sealed partial class WaitingRoomSignal
{
    private readonly IConnectionMultiplexer _redis;
    private readonly ILogger<WaitingRoomSignal> _logger;
    private readonly Counter<long> _lost;

    public WaitingRoomSignal(IConnectionMultiplexer redis, IMeterFactory meters, ILogger<WaitingRoomSignal> logger)
    {
        _redis = redis;
        _logger = logger;
        _lost = meters.Create(FeeRetryMetrics.MeterName)
            .CreateCounter<long>("pms.waiting_room.signals_lost", "{signal}", "Queue changes screens were not told about: Redis could not be reached.");
    }

    public async Task QueueChangedAsync(Guid doctorId)
    {
        try
        {
            await _redis.GetSubscriber().PublishAsync(RedisChannel.Literal(LiveChannels.WaitingRoom), doctorId.ToString());
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            _lost.Add(1);
            SignalLost(_logger, doctorId, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting-room screens were not told that the queue of doctor {DoctorId} changed: Redis answered {Failure}")]
    private static partial void SignalLost(ILogger logger, Guid doctorId, string failure);
}
