using Npgsql;

namespace Pms.EndToEnd.Tests.SuiteHealth;

/// <summary>What each service dead-lettered or left unsent: the rows of Wolverine's dead-letter and outbox tables in its database.</summary>
public static class MessageTables
{
    public static readonly IReadOnlyDictionary<string, string> DatabaseOf = new Dictionary<string, string>
    {
        [ResourceNames.Auth] = ResourceNames.AuthDatabase,
        [ResourceNames.Patients] = ResourceNames.PatientDatabase,
        [ResourceNames.Billing] = ResourceNames.BillingDatabase,
        [ResourceNames.Notifications] = ResourceNames.NotificationDatabase,
        [ResourceNames.Audit] = ResourceNames.AuditDatabase,
    };

    /// <returns>The message type of every envelope still in the service's outbox table.</returns>
    public static Task<IReadOnlyList<string>> UnsentAsync(DistributedApplication app, string service, CancellationToken cancellationToken) =>
        LinesAsync(app, service, "SELECT message_type FROM wolverine.wolverine_outgoing_envelopes", cancellationToken);

    /// <returns>One line per stored dead letter: its message type and the exception that sent it there.</returns>
    public static Task<IReadOnlyList<string>> DeadLettersAsync(DistributedApplication app, string service, CancellationToken cancellationToken) =>
        LinesAsync(app, service, "SELECT concat_ws(': ', message_type, exception_type, exception_message) FROM wolverine.wolverine_dead_letters", cancellationToken);

    private static async Task<IReadOnlyList<string>> LinesAsync(DistributedApplication app, string service, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await app.GetConnectionStringAsync(DatabaseOf[service], cancellationToken));
        await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand(sql, connection);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var found = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }
}
