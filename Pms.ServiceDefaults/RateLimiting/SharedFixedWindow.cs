using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Pms.ServiceDefaults.RateLimiting;

/// <summary>
/// A fixed-window limit whose count lives in Redis, so every replica of a service draws on the same permits. When Redis
/// cannot be reached the request is let through (a hospital's front desk must not stop because a counter is gone),
/// logged as a warning and counted in <c>pms.rate_limit.unchecked</c>, so the outage shows.
/// </summary>
public static partial class SharedFixedWindow
{
    public const string MeterName = "Pms.RateLimiting";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Unchecked = Meter.CreateCounter<long>(
        "pms.rate_limit.unchecked", description: "Requests let through because the shared rate-limit store could not be reached.");

    /// <param name="key">The counter's name in Redis: the service, the limit and what it counts (an address, an account).</param>
    public static RateLimitPartition<string> Partition(IConnectionMultiplexer redis, string key, int permits, TimeSpan window, ILogger logger)
    {
        var shared = RedisRateLimitPartition.GetFixedWindowRateLimiter(key, _ => new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis,
            PermitLimit = permits,
            Window = window,
        });
        return RateLimitPartition.Get(key, partitionKey => new OpenWhenUnreachable(shared.Factory(partitionKey), key, logger));
    }

    /// <summary>How long a refused caller should wait, whichever limiter refused.</summary>
    public static TimeSpan RetryAfter(RateLimitLease lease, TimeSpan otherwise) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait
        : lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(seconds)
        : otherwise;

    /// <summary>Logs and counts a request let through because its shared count could not be read or written.</summary>
    public static void LetThrough(ILogger logger, string key, Exception exception)
    {
        Unchecked.Add(1);
        LogLetThrough(logger, key, exception);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rate limit {Key} could not be checked, Redis is unreachable; the request is let through.")]
    private static partial void LogLetThrough(ILogger logger, string key, Exception exception);

    private sealed class OpenWhenUnreachable(RateLimiter shared, string key, ILogger logger) : RateLimiter
    {
        public override TimeSpan? IdleDuration => shared.IdleDuration;

        /// <summary>The shared count is in Redis; this replica has no statistics of its own to give.</summary>
        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            try
            {
                return shared.AttemptAcquire(permitCount);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                return Open(exception);
            }
        }

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            try
            {
                return await shared.AcquireAsync(permitCount, cancellationToken);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                return Open(exception);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                shared.Dispose();
            }

            base.Dispose(disposing);
        }

        private OpenLease Open(Exception exception)
        {
            LetThrough(logger, key, exception);
            return OpenLease.Instance;
        }
    }

    private sealed class OpenLease : RateLimitLease
    {
        public static readonly OpenLease Instance = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
