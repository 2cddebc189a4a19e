using Npgsql;
using Pms.Bench.Load;
using Pms.Bench.Reporting;

namespace Pms.Bench.System;

/// <summary>
/// The statements PMS ran during a step, from PostgreSQL's <c>pg_stat_statements</c> (local mode preloads it where the
/// server ships the module): calls and execution time per operation of the statements that ran most, with their database.
/// Statistics are reset when the step's measurement starts, so the table covers the step and what it set off meanwhile.
/// </summary>
public sealed class StatementProbe(string serverConnectionString, int shown = 25) : IStepProbe
{
    private const string TopStatements = """
        SELECT d.datname, s.calls, s.total_exec_time, s.rows, left(regexp_replace(s.query, '\s+', ' ', 'g'), 140), sum(s.calls) OVER ()
        FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname <> 'postgres'
        ORDER BY s.calls DESC LIMIT @shown
        """;

    private bool _available;
    private List<(string Database, long Calls, double Milliseconds, long Rows, string Statement)> _statements = [];
    private decimal _allCalls;

    public async Task MeasureStartedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Unpooled.OpenAsync(serverConnectionString, cancellationToken, "postgres");
        try
        {
            await new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", connection).ExecuteNonQueryAsync(cancellationToken);
            await new NpgsqlCommand("SELECT pg_stat_statements_reset()", connection).ExecuteNonQueryAsync(cancellationToken);
            _available = true;
        }
        catch (PostgresException)
        {
            _available = false;
        }
    }

    public async Task MeasureEndedAsync(CancellationToken cancellationToken)
    {
        if (!_available)
        {
            return;
        }

        await using var connection = await Unpooled.OpenAsync(serverConnectionString, cancellationToken, "postgres");
        await using var command = new NpgsqlCommand(TopStatements, connection);
        command.Parameters.AddWithValue("shown", shown);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        _statements = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            _statements.Add((reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetInt64(3), reader.GetString(4)));
            _allCalls = reader.GetDecimal(5);
        }
    }

    public void AddFigures(StepResult result)
    {
        var operations = result.Succeeded + result.FailureCount;
        if (operations > 0 && _statements.Count > 0)
        {
            result.Extras["db statements/op: all databases (pg_stat_statements)"] = (double)_allCalls / operations;
        }
    }

    /// <summary>The statements that ran most, per operation of the step measured.</summary>
    public ValueTable Table(string title, StepResult step)
    {
        var operations = Math.Max(1, step.Succeeded + step.FailureCount);
        return new ValueTable(title, ["database", "calls/op", "ms/op", "rows/op", "statement"],
        [
            .. _statements.Select((statement, index) => new ValueRow((index + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture),
            [
                statement.Database,
                Numbers.Value((double)statement.Calls / operations),
                Numbers.Value(statement.Milliseconds / operations),
                Numbers.Value((double)statement.Rows / operations),
                "`" + statement.Statement.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal) + "`",
            ])),
        ]);
    }
}
