using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;

namespace Pms.Auth.Services;

/// <summary>
/// Checking a password is deliberately slow (210,000 PBKDF2 iterations), so sign-ins check them one per core, with a
/// queue short enough to drain in about half a second. Beyond that a sign-in is refused at once with a time to retry,
/// rather than every sign-in slowing down together until all of them time out. Refusals are counted
/// (<c>pms.auth.sign_ins_refused_busy</c>).
/// </summary>
public sealed class PasswordWork : IDisposable
{
    private const string MeterName = "Pms.Auth";

    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Environment.ProcessorCount,
        QueueLimit = 4 * Environment.ProcessorCount,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private readonly Counter<long> _refused;

    public PasswordWork(IMeterFactory meters) =>
        _refused = meters.Create(MeterName).CreateCounter<long>(
            "pms.auth.sign_ins_refused_busy", "{sign-in}", "Sign-ins refused because every password check was taken and the queue was full or did not move in time.");

    /// <summary>A turn to check a password, or null when every turn is taken and the queue is full: the caller is told to retry.</summary>
    public async Task<RateLimitLease?> TakeTurnAsync(CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        _refused.Add(1);
        return null;
    }

    public void Dispose() => _limiter.Dispose();
}
