using Npgsql;

namespace Pms.Bench.System;

/// <summary>
/// Waits until the work a scenario left behind is done (outboxes relayed, messages sent), so the
/// next scenario is not measured against the last one's backlog.
/// </summary>
public sealed class Settling(PmsSystem pms)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private static readonly (string Database, string Query)[] Backlogs =
    [
        (ResourceNames.AuthDatabase, "SELECT count(*) FROM wolverine.wolverine_outgoing_envelopes"),
        (ResourceNames.PatientDatabase, "SELECT count(*) FROM wolverine.wolverine_outgoing_envelopes"),
        (ResourceNames.BillingDatabase, "SELECT count(*) FROM wolverine.wolverine_outgoing_envelopes"),
        (ResourceNames.NotificationDatabase, "SELECT count(*) FROM wolverine.wolverine_outgoing_envelopes"),
        (ResourceNames.PatientDatabase, "SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE status = 'Incoming'"),
        (ResourceNames.BillingDatabase, "SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE status = 'Incoming'"),
        (ResourceNames.NotificationDatabase, "SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE status = 'Incoming'"),
        (ResourceNames.AuditDatabase, "SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE status <> 'Handled'"),
        (ResourceNames.NotificationDatabase, "SELECT count(*) FROM \"Deliveries\" WHERE \"Status\" = 'Pending' AND \"Attempts\" = 0"),
    ];

    /// <summary>How long it took, or null when the backlog was still there after <paramref name="limit"/>.</summary>
    public async Task<TimeSpan?> WaitAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var started = global::System.Diagnostics.Stopwatch.StartNew();
        while (started.Elapsed < limit)
        {
            if (await BacklogAsync(cancellationToken) == 0)
            {
                return started.Elapsed;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        return null;
    }

    /// <summary>Work still queued; unknown (-1) while PostgreSQL refuses connections, as it does when PMS's pools have taken them all.</summary>
    private async Task<long> BacklogAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await CountBacklogAsync(cancellationToken);
        }
        catch (NpgsqlException)
        {
            return -1;
        }
    }

    private async Task<long> CountBacklogAsync(CancellationToken cancellationToken)
    {
        long backlog = 0;
        var remaining = new List<string>();
        foreach (var (database, query) in Backlogs)
        {
            await using var connection = await Unpooled.OpenAsync(await pms.ConnectionStringAsync(database, cancellationToken), cancellationToken);
            await using var command = new NpgsqlCommand(query, connection);
            var count = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            backlog += count;
            if (count > 0)
            {
                remaining.Add($"{database}: {count} ({query[(query.IndexOf(" FROM ", StringComparison.Ordinal) + 6)..]})");
            }
        }

        Remaining = string.Join("; ", remaining);
        return backlog;
    }

    /// <summary>What was still queued at the last look, by database and queue; empty when nothing was.</summary>
    public string Remaining { get; private set; } = "";
}
