using System.Net;
using Npgsql;
using Pms.Bench.Load;
using Pms.Bench.Reporting;
using Pms.Bench.System;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 1: the ceilings everything else is compared with — a bare Kestrel endpoint in the bench's
/// own process and a bare single-row insert into the same PostgreSQL server PMS uses.
/// </summary>
public sealed class PhysicalBaselineScenario(BenchContext context)
{
    public const string BaselineDatabase = "benchdb";
    private const int ConnectionPoolSize = 20;

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(1, "Physical baseline",
            "What do one bare HTTP round trip and one single-row insert cost on this machine, with this load generator, and what does PMS use at rest?");

        var http = new List<StepResult>();
        await using (var kestrel = await BareKestrel.StartAsync(cancellationToken))
        {
            using var client = LoadClient.For(kestrel.Address);
            foreach (var rate in context.Profile.KestrelRates)
            {
                http.Add(await context.RunAsync(context.Profile.Step($"bare Kestrel GET {rate:0}/s", rate), async operation =>
                {
                    using var response = await client.GetAsync(new Uri("/ping", UriKind.Relative), operation.CancellationToken);
                    return Outcome.Expect(response, HttpStatusCode.OK);
                }, cancellationToken));
            }
        }

        var inserts = new List<StepResult>();
        await using (var database = await CreateDatabaseAsync(cancellationToken))
        {
            foreach (var rate in context.Profile.InsertRates)
            {
                inserts.Add(await context.RunAsync(context.Profile.Step($"bare Npgsql INSERT {rate:0}/s", rate), async operation =>
                {
                    await using var insert = database.CreateCommand("INSERT INTO inserts (at, note) VALUES ($1, $2)");
                    insert.Parameters.Add(new NpgsqlParameter { Value = DateTimeOffset.UtcNow });
                    insert.Parameters.Add(new NpgsqlParameter { Value = "baseline" });
                    await insert.ExecuteNonQueryAsync(operation.CancellationToken);
                    return Outcome.Success;
                }, cancellationToken));
            }
        }

        report.Steps.Add(new StepTable("Bare Kestrel (in the bench process, loopback)", http));
        report.Steps.Add(new StepTable("Bare single-row INSERT (pooled connection, synchronous commit)", inserts));
        report.Figure("bare HTTP round trip p50 / p99", $"{Numbers.Milliseconds(http[0].Latency.P50)} / {Numbers.Milliseconds(http[0].Latency.P99)} ms at {Numbers.Rate(http[0].OfferedPerSecond)}/s");
        report.Figure("bare HTTP most served", $"{Numbers.Rate(http.Max(step => step.ThroughputPerSecond))}/s");
        report.Figure("bare INSERT p50 / p99", $"{Numbers.Milliseconds(inserts[0].Latency.P50)} / {Numbers.Milliseconds(inserts[0].Latency.P99)} ms at {Numbers.Rate(inserts[0].OfferedPerSecond)}/s");
        report.Figure("bare INSERT most served", $"{Numbers.Rate(inserts.Max(step => step.ThroughputPerSecond))}/s");
        report.Notes.Add("The load generator shares the two cores with everything it measures; the bare figures include its own cost, which is what every other scenario pays too.");
        return report;
    }

    /// <summary>
    /// PMS with nothing sent, after the load: what its background work (outbox agents, consumers
    /// polling the broker, health checks) costs per second. Returns CPU milliseconds per second by part.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, double>> MeasureAtRestAsync(ScenarioReport report, CancellationToken cancellationToken)
    {
        // One no-op a second: the step's per-operation figures are then figures per second.
        var atRest = await context.RunAsync(
            new LoadStep("PMS at rest (per op = per second)", 1, TimeSpan.Zero, context.Profile.StepDuration, context.Profile.Timeout),
            _ => Task.FromResult(Outcome.Success), cancellationToken,
            new PostgresProbe(await context.Pms.ConnectionStringAsync(ResourceNames.Postgres, cancellationToken)));
        report.Steps.Insert(0, new StepTable("PMS at rest after the run: nothing sent, background work only", [atRest]));
        var perSecond = MeasuredPath.From("at rest", atRest).CpuMillisecondsPerOperation;
        var pms = perSecond.Where(part => part.Key is not (CpuMeter.OtherLoad or PmsProcesses.LoadGenerator)).Sum(part => part.Value);
        report.Figure("PMS at rest uses", $"{Numbers.Value(pms / 10)}% of one core, busiest {string.Join(", ", perSecond.Where(part => part.Key is not (CpuMeter.OtherLoad or PmsProcesses.LoadGenerator)).OrderByDescending(part => part.Value).Take(3).Select(part => $"{part.Key} {Numbers.Value(part.Value / 10)}%"))}");
        report.Notes.Add("CPU per operation at a low rate includes this background work; the slowest-paths table subtracts it.");
        return perSecond;
    }

    private async Task<NpgsqlDataSource> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var server = await context.Pms.ConnectionStringAsync(ResourceNames.Postgres, cancellationToken);
        await using (var admin = await Unpooled.OpenAsync(server, cancellationToken, "postgres"))
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {BaselineDatabase}", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        // PMS's services hold connections of the same server: stay well inside its max_connections.
        var database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Database = BaselineDatabase, MaxPoolSize = ConnectionPoolSize }.ConnectionString);
        await using var table = database.CreateCommand("CREATE TABLE inserts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL, note text NOT NULL)");
        await table.ExecuteNonQueryAsync(cancellationToken);
        return database;
    }
}
