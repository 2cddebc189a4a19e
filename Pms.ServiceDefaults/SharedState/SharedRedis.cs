using Microsoft.Extensions.Hosting;
using Pms.Contracts;
using StackExchange.Redis;

namespace Pms.ServiceDefaults.SharedState;

/// <summary>
/// The Redis a service's replicas share for counts and signals that are not records. Its health does not depend on Redis:
/// a command that cannot reach it fails at once instead of holding a request while the client reconnects, and the caller
/// decides what that failure means.
/// </summary>
public static class SharedRedis
{
    private static readonly TimeSpan UnreachableTimeout = TimeSpan.FromMilliseconds(500);

    public static IHostApplicationBuilder AddSharedRedis(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(
            ResourceNames.Redis,
            settings => settings.DisableHealthChecks = true,
            redis =>
            {
                redis.BacklogPolicy = BacklogPolicy.FailFast;
                redis.AsyncTimeout = (int)UnreachableTimeout.TotalMilliseconds;
            });
        return builder;
    }
}
