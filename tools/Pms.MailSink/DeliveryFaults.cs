using System.Collections.Concurrent;

namespace Pms.MailSink;

/// <summary>
/// Lets a developer or a test make the sink refuse mail for one recipient a few times with a
/// temporary SMTP failure, to watch senders retry, without stopping the sink for everyone.
/// </summary>
public sealed class DeliveryFaults
{
    private readonly ConcurrentDictionary<string, int> _refusalsLeft = new(StringComparer.OrdinalIgnoreCase);

    public void RefuseNext(string recipient, int times) => _refusalsLeft[recipient] = times;

    /// <summary>True when mail to any of <paramref name="recipients"/> is to be refused now (and counts that refusal).</summary>
    public bool ShouldRefuse(IEnumerable<string> recipients)
    {
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
