using System.Collections.Concurrent;
using Npgsql;
using Pms.Bench.Load;
using Pms.Bench.Reporting;
using Pms.Bench.System;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 6: walk-ins registered at a light fixed rate; for each, the time from the registration
/// call returning to the welcome email landing in the SMTP sink, and to its delivery-log row
/// being written and being <c>Sent</c> — the whole outbox → Kafka → consumer → SMTP path.
/// </summary>
public sealed class EventLatencyScenario(BenchContext context)
{
    private const string WelcomeSubject = "Welcome to";
    private static readonly TimeSpan ArrivalLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan WarmUpDuration = TimeSpan.FromSeconds(2);

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(6, "Event latency",
            "From a walk-in registration returning, how long until the welcome email is in the mailbox and its delivery-log row is Sent?");
        using var sinkClient = LoadClient.For(context.Pms.Endpoint(PmsSystem.MailSink));
        var sink = new MailSinkClient(sinkClient);
        using var gateway = await context.StaffClientAsync(context.Pms.Endpoint(ResourceNames.Gateway), cancellationToken);
        await WarmUpAsync(gateway, sink, cancellationToken);
        await sink.ClearAsync(cancellationToken);

        var returned = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        var step = new LoadStep($"walk-ins {context.Profile.EventRate:0.#}/s", context.Profile.EventRate, TimeSpan.Zero, context.Profile.EventDuration, context.Profile.Timeout);
        var registrations = await context.RunAsync(step,
            operation => WalkIns.RegisterAsync(gateway, registered => returned[registered.Email] = DateTimeOffset.UtcNow, operation.CancellationToken),
            cancellationToken);

        var mails = await WaitForWelcomesAsync(sink, returned.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), cancellationToken);
        var inMailbox = new LatencyHistogram();
        foreach (var (recipient, receivedAt) in mails)
        {
            inMailbox.Record(receivedAt - returned[recipient]);
        }

        var (rowWritten, rowSent, transport, dispatch) = await DeliveryLogAsync(returned, cancellationToken);
        report.Steps.Add(new StepTable("The registrations (their own latency)", [registrations]));
        report.Latencies.Add(new LatencyTable("From the registration returning to…",
        [
            new LatencyRow("the welcome email's delivery-log row written", rowWritten.Summarize()),
            new LatencyRow("the welcome email in the SMTP sink", inMailbox.Summarize()),
            new LatencyRow("the delivery-log row Sent (its SentAt)", rowSent.Summarize()),
        ]));
        report.Latencies.Add(new LatencyTable("Legs of the event path, by the services' own clocks",
        [
            new LatencyRow("PatientRegistered created in patient-service → welcome planned in notification-service (outbox, Kafka, inbox, handler)", transport.Summarize()),
            new LatencyRow("welcome planned → Sent (dispatcher wake-up, SMTP session)", dispatch.Summarize()),
        ]));
        var mailbox = inMailbox.Summarize();
        report.Figure("registration → welcome email in the sink, p50 / p99", $"{Numbers.Milliseconds(mailbox.P50)} / {Numbers.Milliseconds(mailbox.P99)} ms ({mails.Count} of {returned.Count} arrived)");
        var sent = rowSent.Summarize();
        report.Figure("registration → delivery-log row Sent, p50 / p99", $"{Numbers.Milliseconds(sent.P50)} / {Numbers.Milliseconds(sent.P99)} ms");
        report.Paths.Add(new MeasuredPath("registration → welcome email (event path)", step.Label, step.RatePerSecond, mailbox, new Dictionary<string, double>()));
        report.Notes.Add("The times are wall-clock readings of the same machine: the bench's when the call returned, the sink's when the mail arrived, notification-service's when the row was written and sent.");
        report.Notes.Add("notification-service sends a message as soon as its row is committed: the database notifies the dispatcher (LISTEN/NOTIFY); it does not wait for a polling tick.");
        report.Notes.Add("A delay that would be negative (the event handled before the registration call returned, which waits for the fee call) is counted as 0.");
        return report;
    }

    /// <summary>
    /// The first welcomes load and compile the consumer, the planner and the SMTP session: a few are sent and awaited
    /// before anything is timed, so that the figures are of a running system, not of its first minute.
    /// </summary>
    private async Task WarmUpAsync(HttpClient gateway, MailSinkClient sink, CancellationToken cancellationToken)
    {
        var recipients = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var step = new LoadStep("walk-ins, warming up", context.Profile.EventRate, TimeSpan.Zero, WarmUpDuration, context.Profile.Timeout);
        await context.RunAsync(step,
            operation => WalkIns.RegisterAsync(gateway, registered => recipients[registered.Email] = true, operation.CancellationToken),
            cancellationToken);
        await WaitForWelcomesAsync(sink, recipients.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), cancellationToken);
    }

    private static async Task<Dictionary<string, DateTimeOffset>> WaitForWelcomesAsync(MailSinkClient sink, HashSet<string> recipients, CancellationToken cancellationToken)
    {
        var waited = global::System.Diagnostics.Stopwatch.StartNew();
        var arrived = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        while (arrived.Count < recipients.Count && waited.Elapsed < ArrivalLimit)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            foreach (var mail in await sink.ListAsync(cancellationToken))
            {
                var recipient = mail.To.FirstOrDefault(recipients.Contains);
                if (recipient is not null && mail.Subject.StartsWith(WelcomeSubject, StringComparison.Ordinal))
                {
                    arrived[recipient] = mail.ReceivedAt;
                }
            }
        }

        if (arrived.Count < recipients.Count)
        {
            BenchContext.Progress($"    only {arrived.Count} of {recipients.Count} welcome emails arrived within {ArrivalLimit.TotalSeconds:0} s");
        }

        return arrived;
    }

    private async Task<(LatencyHistogram Written, LatencyHistogram Sent, LatencyHistogram Transport, LatencyHistogram Dispatch)> DeliveryLogAsync(
        IReadOnlyDictionary<string, DateTimeOffset> returned, CancellationToken cancellationToken)
    {
        var written = new LatencyHistogram();
        var sent = new LatencyHistogram();
        var transport = new LatencyHistogram();
        var dispatch = new LatencyHistogram();
        await using var connection = await Unpooled.OpenAsync(await context.Pms.ConnectionStringAsync(ResourceNames.NotificationDatabase, cancellationToken), cancellationToken);
        await using var query = new NpgsqlCommand("""
            SELECT d."Recipient", d."CreatedAt", d."SentAt", c."UpdatedAt"
            FROM "Deliveries" d JOIN "PatientContacts" c ON c."PatientId" = d."PatientId"
            WHERE d."Channel" = 'Email' AND d."Template" = 'welcome' AND d."Status" = 'Sent' AND d."Recipient" = ANY(@recipients)
            """, connection);
        query.Parameters.AddWithValue("recipients", returned.Keys.ToArray());
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var start = returned[reader.GetString(0)];
            var planned = reader.GetFieldValue<DateTimeOffset>(1);
            var sentAt = reader.GetFieldValue<DateTimeOffset>(2);

            // A new patient's contact row is stamped with the event's OccurredAt, set when patient-service created the event.
            var occurred = reader.GetFieldValue<DateTimeOffset>(3);
            written.Record(planned - start);
            sent.Record(sentAt - start);
            transport.Record(planned - occurred);
            dispatch.Record(sentAt - planned);
        }

        return (written, sent, transport, dispatch);
    }
}
