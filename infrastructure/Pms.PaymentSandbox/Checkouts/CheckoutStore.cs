using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Pms.PaymentSandbox.Checkouts;

/// <summary>Every session of this run, in memory; each change to one happens under its lock.</summary>
public sealed class CheckoutStore(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, CheckoutSession> _sessions = new(StringComparer.Ordinal);

    public static string NewId(string prefix) => $"{prefix}_test_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";

    public CheckoutSession Add(CheckoutSession session)
    {
        _sessions[session.Id] = session;
        return session;
    }

    public CheckoutSession? Find(string id) => _sessions.GetValueOrDefault(id);

    public CheckoutSession? FindByPaymentIntent(string paymentIntentId) =>
        _sessions.Values.FirstOrDefault(session => session.PaymentIntentId == paymentIntentId);

    /// <summary>Open sessions whose time is up, marked expired; the caller announces them.</summary>
    public IReadOnlyList<CheckoutSession> ExpireDue()
    {
        var now = clock.GetUtcNow();
        var expired = new List<CheckoutSession>();
        foreach (var session in _sessions.Values.Where(candidate => candidate.Status == CheckoutStatus.Open && candidate.ExpiresAt <= now))
        {
            lock (session)
            {
                if (session.Status == CheckoutStatus.Open)
                {
                    session.Status = CheckoutStatus.Expired;
                    expired.Add(session);
                }
            }
        }

        return expired;
    }
}
