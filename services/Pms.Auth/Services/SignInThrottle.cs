using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Pms.Auth.Services;

/// <summary>
/// Failed sign-ins counted per account and address: after <see cref="AuthOptions.FailuresPerAddress"/> from one
/// address, that address waits <see cref="AuthOptions.SignInThrottleTime"/> for that account, while the account's
/// owner signing in from elsewhere is not held back. Attacks from many addresses meet the account-wide lockout.
/// </summary>
public sealed class SignInThrottle(IOptions<AuthOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Account, string Address), Failures> _failures = new();

    private sealed record Failures(int Count, DateTimeOffset Since);

    public bool IsThrottled(string account, string address) =>
        _failures.TryGetValue((account, address), out var failures)
        && failures.Count >= options.Value.FailuresPerAddress
        && clock.GetUtcNow() < failures.Since + options.Value.SignInThrottleTime;

    public void RecordFailure(string account, string address)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate((account, address), new Failures(1, now),
            (_, earlier) => now >= earlier.Since + options.Value.SignInThrottleTime ? new Failures(1, now) : earlier with { Count = earlier.Count + 1 });
    }

    public void Clear(string account, string address) => _failures.TryRemove((account, address), out _);

    /// <summary>An administrator unlocking the account lifts every address's wait too.</summary>
    public void ClearAccount(string account)
    {
        foreach (var key in _failures.Keys.Where(key => key.Account == account))
        {
            _failures.TryRemove(key, out _);
        }
    }
}
