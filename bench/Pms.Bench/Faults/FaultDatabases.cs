using Npgsql;
using Pms.Bench.System;

namespace Pms.Bench.Faults;

/// <summary>Reads PMS's databases directly, as an auditor would, to check what the clients were told against what was kept.</summary>
public sealed class FaultDatabases(PmsSystem pms)
{
    public static readonly string[] ServiceDatabases =
        [ResourceNames.AuthDatabase, ResourceNames.PatientDatabase, ResourceNames.BillingDatabase, ResourceNames.NotificationDatabase, ResourceNames.AuditDatabase];

    public async Task<List<object?[]>> QueryAsync(string database, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Unpooled.OpenAsync(await pms.ConnectionStringAsync(database, cancellationToken), cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var column = 0; column < row.Length; column++)
            {
                row[column] = reader.IsDBNull(column) ? null : reader.GetValue(column);
            }

            rows.Add(row);
        }

        return rows;
    }

    public async Task<long> CountAsync(string database, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64((await QueryAsync(database, sql, cancellationToken, parameters))[0][0], global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The pieces of work not yet done, by name (outbox and unhandled inbox envelopes, messages waiting to be sent), with what each is.</summary>
    public async Task<Dictionary<string, string>> UnfinishedWorkAsync(CancellationToken cancellationToken)
    {
        var work = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var database in ServiceDatabases)
        {
            foreach (var row in await QueryAsync(database,
                "SELECT 'out ' || id, message_type || ' to ' || destination || ', owner ' || owner_id || ', ' || attempts || ' attempts' FROM wolverine.wolverine_outgoing_envelopes "
                + "UNION ALL SELECT 'in ' || id, status || ' ' || message_type || ', owner ' || owner_id || ', ' || attempts || ' attempts' FROM wolverine.wolverine_incoming_envelopes WHERE status <> 'Handled'",
                cancellationToken))
            {
                work[$"{database} {row[0]}"] = (string)row[1]!;
            }
        }

        foreach (var row in await QueryAsync(ResourceNames.NotificationDatabase,
            "SELECT \"Id\"::text, \"Template\" || ' ' || \"Channel\" || ', ' || \"Attempts\" || ' attempts, next at ' || \"NextAttemptAt\" FROM \"Deliveries\" WHERE \"Status\" = 'Pending'",
            cancellationToken))
        {
            work[$"delivery {row[0]}"] = (string)row[1]!;
        }

        return work;
    }
}
