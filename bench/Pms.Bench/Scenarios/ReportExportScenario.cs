using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Pms.Bench.Reporting;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 10: the reports' CSV export at a hospital's scale. 100,000 open bills go straight into billing's table with
/// one INSERT ... SELECT; then staff download the open-bills list through the gateway and the web's route to it (the
/// same service answer), and ask for the aged-receivables report that sums them, each timed end to end.
/// </summary>
public sealed class ReportExportScenario(BenchContext context)
{
    public const int Bills = 100_000;

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(10, "Report export",
            $"How long does staff's CSV of {Bills:N0} open bills take to stream through the gateway, and the aged-receivables report over them?");
        var seeding = Stopwatch.StartNew();
        await SeedAsync(await context.Pms.ConnectionStringAsync(ResourceNames.BillingDatabase, cancellationToken), cancellationToken);
        report.Figure("open bills seeded", $"{Bills:N0} in {seeding.Elapsed.TotalSeconds:0.0} s");
        using var gateway = await context.StaffClientAsync(context.Pms.Endpoint(ResourceNames.Gateway), cancellationToken);

        var rows = new List<ValueRow>();
        for (var run = 1; run <= 3; run++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await gateway.GetAsync(new Uri("/api/billing/reports/aged-receivables/bills", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            var firstByte = clock.Elapsed;
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
            var (lines, characters) = (0L, 0L);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                lines++;
                characters += line.Length + 2;
            }

            var total = clock.Elapsed;
            var aging = Stopwatch.StartNew();
            using var aged = await gateway.GetAsync(new Uri("/api/billing/reports/aged-receivables", UriKind.Relative), cancellationToken);
            aged.EnsureSuccessStatusCode();
            rows.Add(new ValueRow($"run {run}", [
                (lines - 1).ToString("N0", CultureInfo.InvariantCulture),
                $"{characters / 1024d / 1024d:0.0}",
                $"{firstByte.TotalMilliseconds:0}",
                $"{total.TotalSeconds:0.00}",
                $"{(lines - 1) / total.TotalSeconds:N0}",
                $"{aging.Elapsed.TotalMilliseconds:0}",
            ]));
            BenchContext.Progress($"open bills CSV run {run}: {lines - 1:N0} rows in {total.TotalSeconds:0.00} s; aged receivables {aging.Elapsed.TotalMilliseconds:0} ms");
        }

        report.Values.Add(new ValueTable("Open-bills CSV through the gateway, and the aged-receivables report beside it",
            ["rows", "MB", "first byte (ms)", "whole file (s)", "rows/s", "aged receivables (ms)"], rows));
        report.Figure("open-bills CSV, best of 3", rows.MinBy(row => double.Parse(row.Values[3], CultureInfo.InvariantCulture))!.Values[3] + " s");
        report.Notes.Add("The export streams from one PostgreSQL query to the response, a row at a time; the aged-receivables report groups in SQL.");
        return report;
    }

    /// <summary>Open bills of 50.00 with 10.00 paid, issued over the last 120 days so every age bucket has some.</summary>
    private static async Task SeedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO "Bills" ("Id", "Number", "PatientId", "BillType", "Status", "Currency", "Subtotal", "Discount", "Tax", "Total",
                "AmountPaid", "AmountRefunded", "InsurerShare", "IssuedAt")
            SELECT gen_random_uuid(), 'BENCH-' || lpad(n::text, 9, '0'), gen_random_uuid(), 'Laboratory', 'PartiallyPaid', 'USD', 50, 0, 0, 50,
                10, 0, 0, now() - make_interval(days => n % 120)
            FROM generate_series(1, {Bills}) AS n
            ON CONFLICT ("Number") DO NOTHING
            """, connection) { CommandTimeout = 300 };
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
