using System.Collections.Concurrent;

namespace Pms.MailSink;

/// <summary>
/// Lets a developer or a test make the sink refuse mail with a temporary SMTP failure, to watch senders
/// retry: for one recipient a few times, or for everyone for a while (an outage of the mail server).
/// </summary>
public sealed class DeliveryFaults(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, int> _refusalsLeft = new(StringComparer.OrdinalIgnoreCase);
    private long _outageEndsAtTicks;

    public void RefuseNext(string recipient, int times) => _refusalsLeft[recipient] = times;

    public void RefuseAllFor(TimeSpan duration) => Interlocked.Exchange(ref _outageEndsAtTicks, (clock.GetUtcNow() + duration).UtcTicks);

    /// <summary>True when mail to any of <paramref name="recipients"/> is to be refused now (and counts that refusal).</summary>
    public bool ShouldRefuse(IEnumerable<string> recipients)
    {
        if (clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _outageEndsAtTicks))
        {
            return true;
        }

        foreach (var recipient in recipients)
        {
            while (_refusalsLeft.TryGetValue(recipient, out var left) && left > 0)
            {
                if (_refusalsLeft.TryUpdate(recipient, left - 1, left))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
