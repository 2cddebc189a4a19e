using Npgsql;

namespace Pms.EndToEnd.Tests;

/// <summary>Direct reads of the services' databases, to check what an API call stored (or did not).</summary>
public sealed class PatientDatabase(PmsAppFixture fixture)
{
    public Task<long> CountPatientsNamedAsync(string lastName, CancellationToken cancellationToken) =>
        ScalarAsync<long>(ResourceNames.PatientDatabase, """SELECT count(*) FROM "Patients" WHERE "LastName" = @value""", lastName, cancellationToken);

    public Task<long> CountRegistrationBillsAsync(Guid patientId, CancellationToken cancellationToken) =>
        ScalarAsync<long>(ResourceNames.BillingDatabase, """SELECT count(*) FROM "Bills" WHERE "PatientId" = @value AND "BillType" = 'Registration'""", patientId, cancellationToken);

    /// <summary>The registration fee is charged after the record exists; wait until billing has its bill.</summary>
    public Task<string> WaitForRegistrationBillAsync(Guid patientId, CancellationToken cancellationToken) =>
        Eventually.GetAsync(async () => await CountRegistrationBillsAsync(patientId, cancellationToken) > 0 ? "billed" : null, TimeSpan.FromSeconds(30), cancellationToken);

    public Task<long> CountPatientsOfAccountAsync(Guid userId, CancellationToken cancellationToken) =>
        ScalarAsync<long>(ResourceNames.PatientDatabase, """SELECT count(*) FROM "Patients" WHERE "AuthUserId" = @value""", userId, cancellationToken);

    public Task<Guid> PatientIdOfAccountAsync(Guid userId, CancellationToken cancellationToken) =>
        ScalarAsync<Guid>(ResourceNames.PatientDatabase, """SELECT "Id" FROM "Patients" WHERE "AuthUserId" = @value""", userId, cancellationToken);

    /// <summary>Billing learns about patients from events; wait until it has this one.</summary>
    public Task<string> WaitUntilBillingKnowsAsync(Guid patientId, CancellationToken cancellationToken) =>
        Eventually.GetAsync(
            async () => await ScalarAsync<long>(ResourceNames.BillingDatabase, """SELECT count(*) FROM "PatientSummaries" WHERE "PatientId" = @value""", patientId, cancellationToken) > 0 ? "known" : null,
            TimeSpan.FromSeconds(30), cancellationToken);

    /// <summary>When the account's record was created and when its registration fee was charged; null while it is not.</summary>
    public async Task<Tuple<DateTimeOffset, DateTimeOffset>?> RegistrationFeeChargedAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync(ResourceNames.PatientDatabase, cancellationToken));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """SELECT "CreatedAt", "UpdatedAt" FROM "Patients" WHERE "AuthUserId" = @value AND "RegistrationFeeStatus" = 'Charged'""", connection);
        command.Parameters.AddWithValue("value", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? Tuple.Create(reader.GetFieldValue<DateTimeOffset>(0), reader.GetFieldValue<DateTimeOffset>(1))
            : null;
    }

    /// <summary>Waits until billing holds the provider's checkout session in <paramref name="status"/> (Open, Completed, Expired).</summary>
    public Task<string> WaitForCheckoutStatusAsync(string sessionId, string status, CancellationToken cancellationToken) =>
        Eventually.GetAsync(
            async () => await ScalarAsync<long>(ResourceNames.BillingDatabase, $"""SELECT count(*) FROM "Checkouts" WHERE "SessionId" = @value AND "Status" = '{status}'""", sessionId, cancellationToken) > 0 ? status : null,
            TimeSpan.FromSeconds(30), cancellationToken);

    /// <summary>Waits until a service's inbox has handled the envelope with this id.</summary>
    public Task<string> WaitUntilHandledAsync(string database, Guid envelopeId, CancellationToken cancellationToken) =>
        WaitForInboxStatusAsync(database, envelopeId, "Handled", cancellationToken);

    /// <summary>Waits until a service's inbox holds the envelope with this id in <paramref name="status"/> (Incoming, Scheduled, Handled).</summary>
    public Task<string> WaitForInboxStatusAsync(string database, Guid envelopeId, string status, CancellationToken cancellationToken) =>
        Eventually.GetAsync(
            async () => await ScalarAsync<long>(database, $"SELECT count(*) FROM wolverine.wolverine_incoming_envelopes WHERE id = @value AND status = '{status}'", envelopeId, cancellationToken) > 0 ? status : null,
            TimeSpan.FromSeconds(30), cancellationToken);

    private async Task<T> ScalarAsync<T>(string database, string sql, object value, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync(database, cancellationToken));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("value", value);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
