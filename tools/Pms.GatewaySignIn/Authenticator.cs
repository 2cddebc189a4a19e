using System.Collections.Concurrent;
using OtpNet;

namespace Pms.GatewaySignIn;

/// <summary>
/// An authenticator app for many accounts: it keeps each account's TOTP secret and gives codes. PMS accepts a
/// code once, so a second sign-in within the same 30-second step waits for the next code, as a person would.
/// </summary>
public sealed class Authenticator(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Account> _accounts = new(StringComparer.OrdinalIgnoreCase);

    private sealed class Account(string secret)
    {
        public Totp Totp { get; } = new(Base32Encoding.ToBytes(secret));

        public SemaphoreSlim Turn { get; } = new(1, 1);

        public long LastStep { get; set; } = long.MinValue;
    }

    public static Authenticator Shared { get; } = new(TimeProvider.System);

    public void Add(string account, string secret) => _accounts[account] = new Account(secret);

    public bool Knows(string account) => _accounts.ContainsKey(account);

    /// <summary>A code for <paramref name="account"/> that has not been given before.</summary>
    public async Task<string> NextCodeAsync(string account, CancellationToken cancellationToken)
    {
        var entry = _accounts.TryGetValue(account, out var known) ? known : throw new InvalidOperationException($"No secret is known for {account}.");
        await entry.Turn.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = clock.GetUtcNow();
                var step = now.ToUnixTimeSeconds() / 30;
                if (step > entry.LastStep)
                {
                    entry.LastStep = step;
                    return entry.Totp.ComputeTotp(now.UtcDateTime);
                }

                await Task.Delay(TimeSpan.FromSeconds(30 - now.ToUnixTimeSeconds() % 30) + TimeSpan.FromMilliseconds(50), clock, cancellationToken);
            }
        }
        finally
        {
            entry.Turn.Release();
        }
    }

    /// <summary>The code of the current step for a secret just shown at enrolment.</summary>
    public string FirstCode(string account, string secret)
    {
        Add(account, secret);
        var entry = _accounts[account];
        var now = clock.GetUtcNow();
        entry.LastStep = now.ToUnixTimeSeconds() / 30;
        return entry.Totp.ComputeTotp(now.UtcDateTime);
    }
}
