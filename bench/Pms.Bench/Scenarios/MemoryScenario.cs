using Pms.Bench.Reporting;
using Pms.Bench.System;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 8: the working set (resident memory) of every process of PMS after all the load, and
/// the allocations per registration measured in scenario 3.
/// </summary>
public sealed class MemoryScenario(BenchContext context)
{
    private const double Megabyte = 1024 * 1024;

    public ScenarioReport Run(ScenarioReport registration)
    {
        var report = new ScenarioReport(8, "Memory", "How much memory does each process hold after the run, and how much does a registration allocate?");
        var rows = new List<ValueRow>();
        foreach (var service in PmsSystem.Services)
        {
            rows.Add(new ValueRow(service, [Megabytes(ProcessTable.ResidentBytes(context.Processes.ServicePid(service)))]));
        }

        var groups = context.Processes.Groups();
        rows.Add(new ValueRow("postgres (all its processes)", [Megabytes(groups[ResourceNames.Postgres].Sum(ProcessTable.ResidentBytes))]));
        rows.Add(new ValueRow(PmsProcesses.Orchestration, [Megabytes(groups[PmsProcesses.Orchestration].Sum(ProcessTable.ResidentBytes))]));
        rows.Add(new ValueRow(PmsProcesses.LoadGenerator, [Megabytes(ProcessTable.ResidentBytes(Environment.ProcessId))]));
        report.Values.Add(new ValueTable("Working set after the run (MB)", ["MB"], rows));
        report.Values.AddRange(registration.Values);

        var services = PmsSystem.Services.Sum(service => ProcessTable.ResidentBytes(context.Processes.ServicePid(service)));
        report.Figure("working set of the PMS .NET processes together", $"{Megabytes(services)} MB");
        foreach (var figure in registration.Figures.Where(figure => figure.Name.StartsWith("allocated", StringComparison.Ordinal)))
        {
            report.Figures.Add(figure);
        }

        report.Notes.Add("Working set is each process's resident set size (VmRSS) after every scenario has run; .NET services keep what their GC grew to under load.");
        report.Notes.Add("PostgreSQL's processes share their buffer cache, so its total counts shared pages once per process.");
        return report;
    }

    private static string Megabytes(long bytes) => Numbers.Value(bytes / Megabyte);
}
