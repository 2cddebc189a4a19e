using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Pms.Contracts;
using Pms.Testing;

namespace Pms.Gateway.Tests;

/// <summary>
/// The gateway in memory, with auth-service discovered at <paramref name="authAddress"/>, a tiny auth rate limit, and
/// its counts in <paramref name="redisConnectionString"/> (another replica's Redis) or in a Redis of its own.
/// </summary>
public sealed class GatewayFactory(Uri authAddress, string? redisConnectionString = null) : WebApplicationFactory<Program>
{
    public const int AuthLimit = 3;
    public const int BodyLimit = 1024;

    private readonly ThrowawayRedis? _ownRedis = redisConnectionString is null ? ThrowawayRedis.StartNew() : null;

    public string RedisConnectionString => redisConnectionString ?? _ownRedis!.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseEnvironment("Production")
            .UseSetting("services:auth:http:0", authAddress.ToString().TrimEnd('/'))
            .UseSetting($"ConnectionStrings:{ResourceNames.Redis}", RedisConnectionString)
            .UseSetting("RateLimits:AuthPerIpPerMinute", AuthLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Gateway:MaxRequestBodyBytes", BodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _ownRedis?.Dispose();
    }
}
