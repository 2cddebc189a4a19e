using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Pms.Bench.System;

/// <summary>
/// Puts many patients straight into patient-service's table with one binary COPY: valid MRNs taken
/// from the service's own sequence, the normalised search columns the service would write, fees charged.
/// </summary>
public static class PatientSeeder
{
    private const string Columns =
        "\"Id\", \"Mrn\", \"FirstName\", \"LastName\", \"DateOfBirth\", \"Sex\", \"Email\", \"PhoneNumber\", \"RegistrationFeeStatus\", "
        + "\"CreatedAt\", \"UpdatedAt\", \"NormalizedName\", \"NormalizedPhone\", \"NormalizedEmail\"";

    public static async Task<SeededPatients> SeedAsync(string patientDatabase, int count, CancellationToken cancellationToken)
    {
        var started = global::System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(20261128);
        await using var connection = await Unpooled.OpenAsync(patientDatabase, cancellationToken);
        var firstSequence = await ReserveMrnsAsync(connection, count, cancellationToken);

        var ids = new Guid[count];
        var mrns = new string[count];
        var phones = new string[count];
        var now = DateTimeOffset.UtcNow;
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY \"Patients\" ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var index = 0; index < count; index++)
            {
                var first = PatientNames.First[random.Next(PatientNames.First.Count)];
                var last = PatientNames.Last[random.Next(PatientNames.Last.Count)];
                var phone = $"+1 555 {index:D7}";
                var email = $"{first}.{last}.{index}@example.org";
                ids[index] = Guid.CreateVersion7();
                mrns[index] = MedicalRecordNumbers.FromSequence(firstSequence + index);
                phones[index] = phone;

                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(ids[index], NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(mrns[index], NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(first, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(last, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(new DateOnly(1930, 1, 1).AddDays(random.Next(33_000)), NpgsqlDbType.Date, cancellationToken);
                await writer.WriteAsync(index % 2 == 0 ? "Female" : "Male", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(email, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(phone, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync("Charged", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync($"{first} {last}".ToLowerInvariant(), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync("+1555" + index.ToString("D7", CultureInfo.InvariantCulture), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(email.ToLowerInvariant(), NpgsqlDbType.Varchar, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE \"Patients\"", connection))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SeededPatients(ids, mrns, phones, started.Elapsed);
    }

    /// <summary>Moves the service's MRN sequence past the seeded numbers, so its own registrations never collide with them.</summary>
    private static async Task<long> ReserveMrnsAsync(NpgsqlConnection connection, int count, CancellationToken cancellationToken)
    {
        await using var reserve = new NpgsqlCommand("SELECT setval('\"MrnNumbers\"', nextval('\"MrnNumbers\"') + @count - 1) - @count + 1", connection);
        reserve.Parameters.AddWithValue("count", (long)count);
        return (long)(await reserve.ExecuteScalarAsync(cancellationToken))!;
    }
}
