using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pms.ServiceDefaults.Hosting;
using Pms.ServiceDefaults.Messaging.DeadLetters;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>
/// Messages that wait are never silent. An outbox message is sent within milliseconds of its commit and an inbox message
/// handled as soon as it is stored; one still waiting after <see cref="MessagingOptions.OverdueAfter"/> means a broker out
/// of reach, a backlog, or a node that lost what it held, and Wolverine's release of stale envelopes
/// (<see cref="MessagingOptions.StaleEnvelopeTime"/>) would otherwise repair the last of these without a word. Every
/// <see cref="MessagingOptions.OverdueCheckInterval"/> this counts them per box into the gauge
/// <c>pms.messaging.overdue</c> and logs a warning naming the oldest whenever new ones are overdue. It leaves health alone:
/// the wait ends by itself once the broker is back or the release has run.
/// </summary>
public sealed partial class OverdueMessageMonitor<TDbContext> : PeriodicJob where TDbContext : DbContext
{
    private const int ListedPerBox = 100;

    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<MessagingOptions> _options;
    private HashSet<Guid> _reported = [];
    private long _outbox;
    private long _inbox;

    public OverdueMessageMonitor(IServiceScopeFactory scopes, IOptions<MessagingOptions> options, TimeProvider clock, IMeterFactory meters,
        ILogger<OverdueMessageMonitor<TDbContext>> logger)
        : base(clock, logger)
    {
        _scopes = scopes;
        _options = options;
        meters.Create(DeadLetterMonitor.MeterName).CreateObservableGauge("pms.messaging.overdue", () => new[]
        {
            new Measurement<long>(Interlocked.Read(ref _outbox), new KeyValuePair<string, object?>("box", Box.Outbox)),
            new Measurement<long>(Interlocked.Read(ref _inbox), new KeyValuePair<string, object?>("box", Box.Inbox)),
        }, "{message}", "Messages still in this service's outbox (unsent) or inbox (unhandled) longer than Messaging:OverdueAfter.");
    }

    protected override TimeSpan Interval => _options.Value.OverdueCheckInterval;

    protected override string Work => "looking for overdue messages";

    /// <summary>The messages wait on where they are, looked for again at the next check.</summary>
    protected override LogLevel FailureLevel => LogLevel.Warning;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var overdueAfter = _options.Value.OverdueAfter;
        var waitingSinceAtLatest = Clock.GetUtcNow() - overdueAfter;
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();

        // Wolverine stamps each envelope row when it is stored and releases it by that stamp. An inbox row stays after its
        // message is handled (to refuse a redelivery), with another status; a message scheduled for later is due at its
        // execution time.
        var overdue = await db.Database.SqlQuery<OverdueMessage>($"""
            SELECT box AS "Box", id AS "Id", message_type AS "MessageType", place AS "Place", waiting_since AS "WaitingSince", waiting AS "Waiting"
            FROM (
                SELECT *, count(*) OVER (PARTITION BY box) AS waiting, row_number() OVER (PARTITION BY box ORDER BY waiting_since) AS rank
                FROM (
                    SELECT {Box.Outbox} AS box, id, message_type, destination AS place, "timestamp" AS waiting_since
                    FROM wolverine.wolverine_outgoing_envelopes WHERE "timestamp" <= {waitingSinceAtLatest}
                    UNION ALL
                    SELECT {Box.Inbox}, id, message_type, received_at, greatest("timestamp", execution_time)
                    FROM wolverine.wolverine_incoming_envelopes WHERE status = 'Incoming' AND greatest("timestamp", execution_time) <= {waitingSinceAtLatest}
                ) AS waiting_messages
            ) AS ranked
            WHERE rank <= {ListedPerBox}
            ORDER BY waiting_since
            """).ToListAsync(cancellationToken);

        Interlocked.Exchange(ref _outbox, overdue.FirstOrDefault(message => message.Box == Box.Outbox)?.Waiting ?? 0);
        Interlocked.Exchange(ref _inbox, overdue.FirstOrDefault(message => message.Box == Box.Inbox)?.Waiting ?? 0);
        foreach (var box in overdue.GroupBy(message => message.Box))
        {
            var newlyOverdue = box.Count(message => !_reported.Contains(message.Id));
            if (newlyOverdue > 0)
            {
                var oldest = box.First();
                LogOverdue(Logger, newlyOverdue, box.Key, overdueAfter, oldest.Waiting, oldest.WaitingSince, oldest.MessageType, oldest.Place);
            }
        }

        _reported = [.. overdue.Select(message => message.Id)];
    }

    private static class Box
    {
        public const string Outbox = "outbox";
        public const string Inbox = "inbox";
    }

    private sealed record OverdueMessage(string Box, Guid Id, string MessageType, string? Place, DateTimeOffset WaitingSince, long Waiting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{NewlyOverdue} more message(s) in the {Box} for longer than {OverdueAfter}: "
        + "{Waiting} waiting, the oldest waiting since {WaitingSince:O}: {MessageType} ({Place})")]
    private static partial void LogOverdue(ILogger logger, int newlyOverdue, string box, TimeSpan overdueAfter, long waiting, DateTimeOffset waitingSince,
        string messageType, string? place);
}
