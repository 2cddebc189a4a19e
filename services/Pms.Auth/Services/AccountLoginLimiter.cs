using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Pms.ServiceDefaults.RateLimiting;

namespace Pms.Auth.Services;

/// <summary>
/// Limits sign-in attempts per account, whichever addresses they come from, so a password
/// spray across many IPs still meets a wall before lockout does.
/// </summary>
public sealed class AccountLoginLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginPerAccountPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }), StringComparer.Ordinal);

    public bool TryAcquire(string normalizedEmail, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(normalizedEmail);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
