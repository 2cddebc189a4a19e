using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Pms.Contracts;
using StackExchange.Redis;

namespace Pms.Web.Sessions;

/// <summary>
/// What every replica of the web front end shares through Redis: the sessions (<see cref="SessionStore"/>) and the
/// data-protection keys that seal session cookies, antiforgery tokens and prerendered components, so a cookie
/// one replica set opens on every other and survives a restart.
/// </summary>
public static class SharedSessionState
{
    public const string ApplicationName = "pms-web";
    public const string DataProtectionKeysKey = "pms-web:data-protection-keys";

    public static WebApplicationBuilder AddSharedSessionState(this WebApplicationBuilder builder)
    {
        builder.AddRedisClient(ResourceNames.Redis);
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((keys, redis) =>
            keys.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), DataProtectionKeysKey));
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<SessionStore>();
        return builder;
    }
}
