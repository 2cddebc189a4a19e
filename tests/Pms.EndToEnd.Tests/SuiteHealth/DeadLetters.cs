using Npgsql;

namespace Pms.EndToEnd.Tests.SuiteHealth;

/// <summary>What each service dead-lettered: the rows of Wolverine's dead-letter table in its database.</summary>
public static class DeadLetters
{
    public static readonly IReadOnlyDictionary<string, string> DatabaseOf = new Dictionary<string, string>
    {
        [ResourceNames.Auth] = ResourceNames.AuthDatabase,
        [ResourceNames.Patients] = ResourceNames.PatientDatabase,
        [ResourceNames.Billing] = ResourceNames.BillingDatabase,
        [ResourceNames.Notifications] = ResourceNames.NotificationDatabase,
        [ResourceNames.Audit] = ResourceNames.AuditDatabase,
    };

    /// <returns>One line per stored dead letter: its message type and the exception that sent it there.</returns>
    public static async Task<IReadOnlyList<string>> StoredAsync(DistributedApplication app, string service, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await app.GetConnectionStringAsync(DatabaseOf[service], cancellationToken));
        await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand("SELECT message_type, exception_type, exception_message FROM wolverine.wolverine_dead_letters", connection);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var found = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add($"{reader.GetString(0)}: {reader.GetString(1)}: {reader.GetString(2)}");
        }

        return found;
    }
}
