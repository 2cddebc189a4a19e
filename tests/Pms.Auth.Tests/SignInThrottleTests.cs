using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pms.Auth.Services;
using Pms.Testing;
using StackExchange.Redis;

namespace Pms.Auth.Tests;

public sealed class SignInThrottleTests
{
    private static readonly IOptions<AuthOptions> Options = Microsoft.Extensions.Options.Options.Create(
        new AuthOptions { FailuresPerAddress = 5, SignInThrottleTime = TimeSpan.FromMinutes(15) });

    [Fact]
    public async Task FailuresFromOneAddressCountAcrossReplicasAndOnlyThatAddressWaits()
    {
        using var otherConnection = ThrowawayRedis.Shared.Connect();
        var first = new SignInThrottle(ThrowawayRedis.Shared.Connection, Options, NullLogger<SignInThrottle>.Instance);
        var second = new SignInThrottle(otherConnection, Options, NullLogger<SignInThrottle>.Instance);
        var account = $"SOMEONE-{Guid.NewGuid():N}@EXAMPLE.ORG";

        for (var failure = 0; failure < 5; failure++)
        {
            Assert.False(await (failure % 2 == 0 ? first : second).IsThrottledAsync(account, "203.0.113.7"));
            await (failure % 2 == 0 ? first : second).RecordFailureAsync(account, "203.0.113.7");
        }

        Assert.True(await first.IsThrottledAsync(account, "203.0.113.7"));
        Assert.True(await second.IsThrottledAsync(account, "203.0.113.7"));
        Assert.False(await second.IsThrottledAsync(account, "198.51.100.20"));
        var timeToLive = await ThrowawayRedis.Shared.Connection.GetDatabase().KeyTimeToLiveAsync($"auth:sign-in-failures:{account}:203.0.113.7");
        Assert.InRange(timeToLive!.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task UnlockingTheAccountLiftsEveryAddresssWait()
    {
        var throttle = new SignInThrottle(ThrowawayRedis.Shared.Connection, Options, NullLogger<SignInThrottle>.Instance);
        var account = $"SOMEONE-{Guid.NewGuid():N}@EXAMPLE.ORG";
        foreach (var address in new[] { "203.0.113.7", "198.51.100.20" })
        {
            for (var failure = 0; failure < 5; failure++)
            {
                await throttle.RecordFailureAsync(account, address);
            }
        }

        await throttle.ClearAccountAsync(account);

        Assert.False(await throttle.IsThrottledAsync(account, "203.0.113.7"));
        Assert.False(await throttle.IsThrottledAsync(account, "198.51.100.20"));
    }

    [Fact]
    public async Task WithoutRedisNobodyIsThrottledAndNothingFails()
    {
        var configuration = ConfigurationOptions.Parse($"127.0.0.1:{FreePort.Next()},abortConnect=false,connectTimeout=200");
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        using var unreachable = await ConnectionMultiplexer.ConnectAsync(configuration);
        var throttle = new SignInThrottle(unreachable, Options, NullLogger<SignInThrottle>.Instance);

        await throttle.RecordFailureAsync("SOMEONE@EXAMPLE.ORG", "203.0.113.7");
        await throttle.ClearAsync("SOMEONE@EXAMPLE.ORG", "203.0.113.7");
        await throttle.ClearAccountAsync("SOMEONE@EXAMPLE.ORG");

        Assert.False(await throttle.IsThrottledAsync("SOMEONE@EXAMPLE.ORG", "203.0.113.7"));
    }
}
