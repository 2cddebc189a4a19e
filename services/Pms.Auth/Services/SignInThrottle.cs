using Microsoft.Extensions.Options;
using Pms.ServiceDefaults.RateLimiting;
using StackExchange.Redis;

namespace Pms.Auth.Services;

/// <summary>
/// Failed sign-ins counted per account and address in Redis, whichever replica they reach: after
/// <see cref="AuthOptions.FailuresPerAddress"/> from one address within <see cref="AuthOptions.SignInThrottleTime"/> of
/// the first, that address waits out the rest of that time for that account, while the account's owner signing in from
/// elsewhere is not held back. Attacks from many addresses meet the account-wide lockout. Without Redis nobody is
/// throttled (logged and counted as by <see cref="SharedFixedWindow"/>); the lockout still holds.
/// </summary>
public sealed class SignInThrottle(IConnectionMultiplexer redis, IOptions<AuthOptions> options, ILogger<SignInThrottle> logger)
{
    private IDatabase Database => redis.GetDatabase();

    public async Task<bool> IsThrottledAsync(string account, string address)
    {
        try
        {
            var failures = await Database.StringGetAsync(FailuresKey(account, address));
            return failures.HasValue && (long)failures >= options.Value.FailuresPerAddress;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            SharedFixedWindow.LetThrough(logger, "auth:sign-in-throttle", exception);
            return false;
        }
    }

    public async Task RecordFailureAsync(string account, string address)
    {
        var failuresKey = FailuresKey(account, address);
        var addressesKey = AddressesKey(account);
        await TolerateUnreachableAsync(async () =>
        {
            var record = Database.CreateTransaction();
            _ = record.StringIncrementAsync(failuresKey);
            // The count lives from the first failure on; the account's list of addresses as long as any of them.
            _ = record.KeyExpireAsync(failuresKey, options.Value.SignInThrottleTime, ExpireWhen.HasNoExpiry);
            _ = record.SetAddAsync(addressesKey, address);
            _ = record.KeyExpireAsync(addressesKey, options.Value.SignInThrottleTime);
            await record.ExecuteAsync();
        });
    }

    public Task ClearAsync(string account, string address) =>
        TolerateUnreachableAsync(() => Database.KeyDeleteAsync(FailuresKey(account, address)));

    /// <summary>An administrator unlocking the account lifts every address's wait too.</summary>
    public Task ClearAccountAsync(string account) => TolerateUnreachableAsync(async () =>
    {
        var addresses = await Database.SetMembersAsync(AddressesKey(account));
        await Database.KeyDeleteAsync([.. addresses.Select(address => FailuresKey(account, address.ToString())), AddressesKey(account)]);
    });

    private async Task TolerateUnreachableAsync(Func<Task> change)
    {
        try
        {
            await change();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            SharedFixedWindow.LetThrough(logger, "auth:sign-in-throttle", exception);
        }
    }

    private static RedisKey FailuresKey(string account, string address) => $"auth:sign-in-failures:{account}:{address}";

    private static RedisKey AddressesKey(string account) => $"auth:sign-in-failure-addresses:{account}";
}
