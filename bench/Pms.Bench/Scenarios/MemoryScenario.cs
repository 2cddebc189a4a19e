using Npgsql;
using Pms.Bench.Reporting;
using Pms.Bench.System;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 8: the working set (resident memory) of every process of PMS after all the load, and
/// the allocations per registration measured in scenario 3 (when it ran).
/// </summary>
public sealed class MemoryScenario(BenchContext context)
{
    private const double Megabyte = 1024 * 1024;

    public async Task<ScenarioReport> RunAsync(ScenarioReport? registration, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(8, "Memory", "How much memory does each process hold after the run, and how much does a registration allocate?");
        var rows = new List<ValueRow>();
        var servicePids = PmsSystem.Services.ToDictionary(service => service, context.Processes.ServicePid);
        foreach (var (service, pid) in servicePids)
        {
            rows.Add(Row(service, [pid]));
        }

        var groups = context.Processes.Groups();
        rows.Add(Row("postgres (all its processes)", groups[ResourceNames.Postgres]));
        rows.Add(Row(PmsProcesses.Orchestration, groups[PmsProcesses.Orchestration]));
        rows.Add(Row(PmsProcesses.LoadGenerator, [Environment.ProcessId]));
        report.Values.Add(new ValueTable("Working set after the run (MB)", ["MB", "of it mapped files", "shared pages divided (PSS)"], rows));
        report.Values.AddRange(registration?.Values ?? []);

        report.Figure("working set of the PMS .NET processes together", $"{Megabytes(servicePids.Values.Sum(ProcessTable.ResidentBytes))} MB");
        report.Figure("the same with pages they share counted once (PSS)", $"{Megabytes(servicePids.Values.Sum(ProcessTable.ProportionalBytes))} MB");
        foreach (var figure in (registration?.Figures ?? []).Where(figure => figure.Name.StartsWith("allocated", StringComparison.Ordinal)))
        {
            report.Figures.Add(figure);
        }

        try
        {
            report.Values.Add(await ConnectionsAsync(cancellationToken));
        }
        catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.TooManyConnections)
        {
            report.Figure("PostgreSQL connections after the run", "all in use: the server refused one more (too many clients)");
        }

        report.Notes.Add("Working set is each process's resident set size (VmRSS) after every scenario has run; .NET services keep what their GC grew to under load.");
        report.Notes.Add("A working set counts every page a process maps, also those of files other processes map too (the .NET runtime and the libraries every service loads); PSS divides each shared page among the processes sharing it, so PSS adds up to the memory the processes hold together.");
        report.Notes.Add("PostgreSQL's processes share their buffer cache, so its total counts shared pages once per process.");
        return report;
    }

    /// <summary>PostgreSQL connections each database holds now, against the server's limit that all of them share.</summary>
    private async Task<ValueTable> ConnectionsAsync(CancellationToken cancellationToken)
    {
        var server = await context.Pms.ConnectionStringAsync(ResourceNames.Postgres, cancellationToken);
        await using var connection = await Unpooled.OpenAsync(server, cancellationToken, "postgres");
        await using var command = new NpgsqlCommand("""
            SELECT coalesce(datname, '(server processes)'), count(*), current_setting('max_connections')
            FROM pg_stat_activity GROUP BY datname ORDER BY datname
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ValueRow>();
        var limit = "";
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ValueRow(reader.GetString(0), [reader.GetInt64(1).ToString(global::System.Globalization.CultureInfo.InvariantCulture)]));
            limit = reader.GetString(2);
        }

        return new ValueTable($"PostgreSQL connections after the run (max_connections = {limit}, shared by every database)", ["connections"], rows);
    }

    private static ValueRow Row(string label, IReadOnlyList<int> pids) => new(label,
        [Megabytes(pids.Sum(ProcessTable.ResidentBytes)), Megabytes(pids.Sum(ProcessTable.ResidentFileBytes)), Megabytes(pids.Sum(ProcessTable.ProportionalBytes))]);

    private static string Megabytes(long bytes) => Numbers.Value(bytes / Megabyte);
}
