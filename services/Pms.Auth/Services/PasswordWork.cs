using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Pms.Auth.Services;

/// <summary>
/// Checking a password is deliberately slow (210,000 PBKDF2 iterations), so sign-ins check them one per core, with a
/// queue short enough to drain in about half a second. Beyond that a sign-in is refused at once with a time to retry,
/// rather than every sign-in slowing down together until all of them time out; one that waited
/// <see cref="AuthOptions.PasswordTurnWaitLimit"/> in the queue without a turn is refused too, so none waits much
/// longer than a second in all. Refusals are counted (<c>pms.auth.sign_ins_refused_busy</c>).
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
    private readonly TimeSpan _waitLimit;

    public PasswordWork(IMeterFactory meters, IOptions<AuthOptions> options)
    {
        _refused = meters.Create(MeterName).CreateCounter<long>(
            "pms.auth.sign_ins_refused_busy", "{sign-in}", "Sign-ins refused because every password check was taken and the queue was full or did not move in time.");
        _waitLimit = options.Value.PasswordTurnWaitLimit;
    }

    /// <summary>
    /// A turn to check a password, or null when every turn is taken and the queue is full or did not move within the
    /// wait limit: the caller is told to retry.
    /// </summary>
    public async Task<RateLimitLease?> TakeTurnAsync(CancellationToken cancellationToken)
    {
        using var waitLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waitLimit.CancelAfter(_waitLimit);
        RateLimitLease lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, waitLimit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _refused.Add(1);
            return null;
        }

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
