using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Pms.Contracts;
using Pms.ServiceDefaults.DataProtection;
using StackExchange.Redis;

namespace Pms.Web.Sessions;

/// <summary>
/// What every replica of the web front end shares through Redis: the sessions (<see cref="SessionStore"/>) and the
/// data-protection keys that seal session cookies, antiforgery tokens and prerendered components, so a cookie
/// one replica set opens on every other and survives a restart. The keys are stored sealed under <c>Web:KeySeal</c>, a
/// secret only the web's replicas hold, so a copy of Redis alone cannot forge a cookie.
/// </summary>
public static class SharedSessionState
{
    public const string ApplicationName = "pms-web";
    /// <summary>Sealed keys only: the unsealed keys of earlier versions stayed under <c>pms-web:data-protection-keys</c>, which nothing reads.</summary>
    public const string DataProtectionKeysKey = "pms-web:sealed-data-protection-keys";
    public const string KeySealSetting = "Web:KeySeal";
    private const int KeySealMinimumLength = 32;

    public static WebApplicationBuilder AddSharedSessionState(this WebApplicationBuilder builder)
    {
        var keySeal = builder.Configuration[KeySealSetting];
        if (keySeal is not { Length: >= KeySealMinimumLength })
        {
            throw new InvalidOperationException(
                $"{KeySealSetting} (a secret of at least {KeySealMinimumLength} characters, the same on every replica) is required; the AppHost passes its web-key-seal parameter.");
        }

        builder.AddRedisClient(ResourceNames.Redis);
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName)
            .SealKeysWith(_ => new DataProtectionKeySeal(new KeySeal(Encoding.UTF8.GetBytes(keySeal), "pms web data-protection keys v1"),
                "pms web data-protection key v1",
                $"A data-protection key in Redis was sealed under another {KeySealSetting}: browsers signed in before it changed sign in again."));
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((keys, redis) =>
            keys.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), DataProtectionKeysKey));
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<SessionStore>();
        return builder;
    }
}
