using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Pms.ServiceDefaults.RateLimiting;
using StackExchange.Redis;

namespace Pms.Auth.Services;

/// <summary>
/// Limits sign-in attempts per account, whichever addresses they come from and whichever replica they reach, so a
/// password spray across many IPs still meets a wall before lockout does.
/// </summary>
public sealed class AccountLoginLimiter(IConnectionMultiplexer redis, IOptions<RateLimitOptions> options, ILogger<AccountLoginLimiter> logger) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        SharedFixedWindow.Partition(redis, $"auth:login-per-account:{account}", options.Value.LoginPerAccountPerMinute, TimeSpan.FromMinutes(1), logger),
        StringComparer.Ordinal);

    /// <returns>Whether this attempt may go ahead; when not, how long the account's attempts wait.</returns>
    public async Task<(bool Allowed, TimeSpan RetryAfter)> TryAcquireAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(normalizedEmail, cancellationToken: cancellationToken);
        return (lease.IsAcquired, SharedFixedWindow.RetryAfter(lease, TimeSpan.FromMinutes(1)));
    }

    public void Dispose() => _limiter.Dispose();
}
