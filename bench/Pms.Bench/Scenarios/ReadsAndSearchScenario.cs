using System.Net;
using Pms.Bench.Load;
using Pms.Bench.Reporting;
using Pms.Bench.System;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 4: staff reading patients by id and searching them, through the gateway, with the
/// seeded patients in the table. Each kind of search runs alone at one rate, then a mix climbs.
/// </summary>
public sealed class ReadsAndSearchScenario(BenchContext context)
{
    public const double P99LimitMilliseconds = 50;

    /// <summary>A busy clinic's pace, with the machine far from full, and the first rate of the climb.</summary>
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);

    private double[] AuditTimedRates => [50, context.Profile.ReadRates[0]];

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(4, "Reads and search",
            $"How fast are a patient by id and a search among {context.Patients.Ids.Count:N0} patients, and how far do they climb with p99 < {P99LimitMilliseconds} ms?");
        using var gateway = await context.StaffClientAsync(context.Pms.Endpoint(ResourceNames.Gateway), cancellationToken);
        var ids = context.Patients.Ids;

        // Timed on a warmed-up system before the climb overloads it, each step once the backlog has drained.
        await context.RunAsync(context.Profile.Step("by id, warming up", AuditTimedRates[0]), operation => ReadAsync(gateway, operation, 104729), cancellationToken);
        var timed = new List<(StepResult Step, LatencySummary AuditWrites)>();
        foreach (var rate in AuditTimedRates)
        {
            timed.Add(await AuditTimedReadsAsync(gateway, rate, cancellationToken));
        }

        await context.Settling.WaitAsync(SettleLimit, cancellationToken);
        var byId = await context.ClimbAsync("by id", context.Profile.ReadRates, P99LimitMilliseconds, operation => ReadAsync(gateway, operation, 7919), cancellationToken);

        var searches = new Dictionary<string, Func<long, string>>(StringComparer.Ordinal)
        {
            ["search: full name"] = index => $"{PatientNames.First[(int)(index % PatientNames.First.Count)]} {PatientNames.Last[(int)(index / 3 % PatientNames.Last.Count)]}",
            ["search: part of a name"] = index => PatientNames.Last[(int)(index % PatientNames.Last.Count)][..3],
            ["search: MRN prefix"] = index => context.Patients.Mrns[(int)(index * 7919 % ids.Count)][..10],
            ["search: phone digits"] = index => context.Patients.Phones[(int)(index * 7919 % ids.Count)][^7..],
        };
        var kinds = new List<StepResult>();
        foreach (var (kind, term) in searches)
        {
            kinds.Add(await context.RunAsync(context.Profile.Step($"{kind} {context.Profile.SearchRate:0}/s", context.Profile.SearchRate),
                operation => SearchAsync(gateway, term(operation.Index), operation.CancellationToken), cancellationToken));
        }

        var terms = searches.Values.ToArray();
        var mix = await context.ClimbAsync("search mix", context.Profile.SearchMixRates, P99LimitMilliseconds,
            operation => SearchAsync(gateway, terms[operation.Index % terms.Length](operation.Index / terms.Length), operation.CancellationToken), cancellationToken);

        report.Steps.Add(new StepTable("Patient by id, climbing", byId));
        report.Steps.Add(new StepTable("Patient by id again, each answer saying how long its audit record took to store", [.. timed.Select(reads => reads.Step)]));
        report.Steps.Add(new StepTable("Each kind of search alone", kinds));
        report.Steps.Add(new StepTable("Searches of every kind in turn, climbing", mix));
        report.Figure("by id p50 / p99", $"{Numbers.Milliseconds(byId[0].Latency.P50)} / {Numbers.Milliseconds(byId[0].Latency.P99)} ms at {Numbers.Rate(byId[0].OfferedPerSecond)}/s");
        report.Figure($"by id: highest rate holding p99 < {P99LimitMilliseconds} ms", Ladder.HighestHeld(byId, P99LimitMilliseconds));
        foreach (var (timedReads, auditWrites) in timed)
        {
            report.Figure($"audit write per read p50 / p99 (Server-Timing) of the read's p50, {timedReads.Label[(timedReads.Label.LastIndexOf(' ') + 1)..]}",
                $"{Numbers.Milliseconds(auditWrites.P50)} / {Numbers.Milliseconds(auditWrites.P99)} ms of {Numbers.Milliseconds(timedReads.Latency.P50)} ms");
        }

        var slowest = kinds.MaxBy(step => step.Latency.P50)!;
        report.Figure("slowest search kind", $"{slowest.Label}: p50 {Numbers.Milliseconds(slowest.Latency.P50)}, p99 {Numbers.Milliseconds(slowest.Latency.P99)} ms");
        report.Figure($"search mix: highest rate holding p99 < {P99LimitMilliseconds} ms", Ladder.HighestHeld(mix, P99LimitMilliseconds));
        report.Paths.Add(MeasuredPath.From("patient by id (gateway)", byId[0]));
        foreach (var kind in kinds)
        {
            report.Paths.Add(MeasuredPath.From($"{kind.Label[..kind.Label.LastIndexOf(' ')]} (gateway)", kind));
        }

        report.Notes.Add("Every read and search is audited: its record is committed to patient-service's outbox before the answer leaves; the audit write figure is that commit, timed inside the service.");
        report.Notes.Add("A search answers one page of 20 and the total count of matches; names are matched through pg_trgm indexes, MRNs and emails by prefix.");
        return report;
    }

    /// <summary>Reads by id, collecting the audit store's own timing from each answer.</summary>
    private async Task<(StepResult Step, LatencySummary AuditWrites)> AuditTimedReadsAsync(HttpClient gateway, double rate, CancellationToken cancellationToken)
    {
        var writes = new LatencyHistogram();
        await context.Settling.WaitAsync(SettleLimit, cancellationToken);
        var quiet = await context.QuietAsync(SettleLimit, cancellationToken);
        BenchContext.Progress(quiet is { } waited ? $"quiet after {waited.TotalSeconds:0} s" : "the machine did not quieten down");
        var step = await context.RunAsync(context.Profile.Step($"by id, audit timed {rate:0}/s", rate), operation => ReadAsync(gateway, operation, 104729, writes), cancellationToken);
        return (step, writes.Summarize());
    }

    /// <summary>Reads the patient the operation's index picks (<paramref name="stride"/> spreads them over the table).</summary>
    private async Task<Outcome> ReadAsync(HttpClient gateway, OperationContext operation, long stride, LatencyHistogram? auditWrites = null)
    {
        var ids = context.Patients.Ids;
        using var response = await gateway.GetAsync(new Uri($"/api/patients/{ids[(int)(operation.Index * stride % ids.Count)]}", UriKind.Relative), operation.CancellationToken);
        if (auditWrites is not null && ServerTiming.Audit(response) is { } milliseconds)
        {
            auditWrites.Record(TimeSpan.FromMilliseconds(milliseconds));
        }

        return Outcome.Expect(response, HttpStatusCode.OK);
    }

    private static async Task<Outcome> SearchAsync(HttpClient gateway, string term, CancellationToken cancellationToken)
    {
        using var response = await gateway.GetAsync(new Uri($"/api/patients?search={Uri.EscapeDataString(term)}", UriKind.Relative), cancellationToken);
        return Outcome.Expect(response, HttpStatusCode.OK);
    }
}
