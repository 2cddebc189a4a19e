using Microsoft.Extensions.Configuration;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>
/// Tuning of the durable messaging agents. The defaults suit a real cluster; the AppHost
/// shortens them for the embedded broker, whose consumer groups rebalance slowly.
/// </summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    public TimeSpan StaleNodeTimeout { get; set; } = TimeSpan.FromMinutes(1);

    public int SendBatchSize { get; set; } = 100;

    /// <summary>
    /// How long the outbox's sender waits for more envelopes before it sends what it has to the broker. Wolverine's
    /// default of 250 ms was most of an event's way to its consumer (a registration's welcome email) in quiet hours;
    /// 10 ms cost a third more CPU per registration in smaller batches (bench/results/findings.md). Under load a batch
    /// fills to <see cref="SendBatchSize"/> first.
    /// </summary>
    public TimeSpan SendBatchWindow { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How often dead letters are counted for the health check, the gauge and the log.</summary>
    public TimeSpan DeadLetterCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// An outbox or inbox envelope this old is sent or handled by any node, even when its owner is alive; consumers
    /// ignore the duplicate should the owner still send it.
    /// </summary>
    public TimeSpan StaleEnvelopeTime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// An outbox message not yet sent, or an inbox message not yet handled, this long after it was stored is overdue: it is
    /// counted and logged (<see cref="OverdueMessageMonitor{TDbContext}"/>).
    /// </summary>
    public TimeSpan OverdueAfter { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often overdue messages are looked for.</summary>
    public TimeSpan OverdueCheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The waits before each new attempt at a message whose handler failed; then it becomes a dead letter.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays => ConfiguredRetryDelays ?? [TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    /// <summary>
    /// The waits before each new attempt at a message that failed because its database was unreachable or not yet
    /// accepting connections (a restart's crash recovery on a busy machine outlasted <see cref="RetryDelays"/>): 48 s in
    /// all before the message becomes a dead letter. Retries wait in the listener, so together they must stay under
    /// <see cref="StaleEnvelopeTime"/>, after which another node would take the message over while this one still holds it.
    /// </summary>
    public IReadOnlyList<TimeSpan> DatabaseUnavailableRetryDelays => ConfiguredDatabaseUnavailableRetryDelays ??
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)];

    /// <summary>Why these settings cannot work together, or null when they can.</summary>
    public string? Contradiction()
    {
        var longestRetries = new[] { RetryDelays, DatabaseUnavailableRetryDelays }.Max(delays => delays.Aggregate(TimeSpan.Zero, (total, wait) => total + wait));
        if (longestRetries >= StaleEnvelopeTime)
        {
            return $"{SectionName}: a message's retries wait {longestRetries} in all, not less than {nameof(StaleEnvelopeTime)} ({StaleEnvelopeTime}): "
                + "another node would handle a message its owner is still retrying.";
        }

        return OverdueAfter + OverdueCheckInterval < StaleEnvelopeTime
            ? null
            : $"{SectionName}: {nameof(OverdueAfter)} ({OverdueAfter}) and {nameof(OverdueCheckInterval)} ({OverdueCheckInterval}) together are not less "
              + $"than {nameof(StaleEnvelopeTime)} ({StaleEnvelopeTime}): a message could be released as stale before any check saw it overdue.";
    }

    // Configuration binding adds configured items to a list's defaults instead of replacing them, so the defaults live
    // in the getters above and only configured waits are bound here.
    [ConfigurationKeyName(nameof(RetryDelays))]
    public IReadOnlyList<TimeSpan>? ConfiguredRetryDelays { get; set; }

    [ConfigurationKeyName(nameof(DatabaseUnavailableRetryDelays))]
    public IReadOnlyList<TimeSpan>? ConfiguredDatabaseUnavailableRetryDelays { get; set; }
}
