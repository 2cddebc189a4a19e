using Npgsql;
using Pms.Bench.Load;

namespace Pms.Bench.System;

/// <summary>
/// Database work per operation from PostgreSQL's own statistics (<c>pg_stat_database</c>):
/// transactions (every statement outside a transaction counts as one), rows written, and time spent executing statements. Backends report
/// at most once a second, so short steps read these figures to within about a second of work.
/// </summary>
public sealed class PostgresProbe(string serverConnectionString) : IStepProbe
{
    private const string Query = """
        SELECT datname, xact_commit, tup_inserted + tup_updated + tup_deleted, active_time
        FROM pg_stat_database WHERE datname = ANY(@databases)
        """;

    private static readonly string[] Databases =
        [ResourceNames.AuthDatabase, ResourceNames.PatientDatabase, ResourceNames.BillingDatabase, ResourceNames.NotificationDatabase, ResourceNames.AuditDatabase];

    private Dictionary<string, (long Transactions, long RowsWritten, double ActiveMilliseconds)>? _start;
    private Dictionary<string, (long Transactions, long RowsWritten, double ActiveMilliseconds)>? _end;

    public async Task MeasureStartedAsync(CancellationToken cancellationToken) => _start = await ReadAsync(cancellationToken);

    public async Task MeasureEndedAsync(CancellationToken cancellationToken) => _end = await ReadAsync(cancellationToken);

    public void AddFigures(StepResult result)
    {
        var operations = result.Succeeded + result.FailureCount;
        if (_start is null || _end is null || operations == 0)
        {
            return;
        }

        foreach (var (database, end) in _end)
        {
            var start = _start.GetValueOrDefault(database);
            result.Extras[$"db transactions/op: {database}"] = (double)(end.Transactions - start.Transactions) / operations;
            result.Extras[$"db rows written/op: {database}"] = (double)(end.RowsWritten - start.RowsWritten) / operations;
            result.Extras[$"db statement ms/op: {database}"] = (end.ActiveMilliseconds - start.ActiveMilliseconds) / operations;
        }
    }

    /// <summary>The statistics now, or none while PostgreSQL refuses connections (the step then has no database figures).</summary>
    private async Task<Dictionary<string, (long, long, double)>?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await QueryAsync(cancellationToken);
        }
        catch (NpgsqlException)
        {
            return null;
        }
    }

    private async Task<Dictionary<string, (long, long, double)>> QueryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Unpooled.OpenAsync(serverConnectionString, cancellationToken, "postgres");
        await using var command = new NpgsqlCommand(Query, connection);
        command.Parameters.AddWithValue("databases", Databases);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var figures = new Dictionary<string, (long, long, double)>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            figures[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2), reader.GetDouble(3));
        }

        return figures;
    }
}
