using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Pms.EndToEnd.Tests;

/// <summary>
/// auth-service saves an account and its event in one transaction; the event crosses the broker
/// and patient-service, another process, creates the patient record from it.
/// </summary>
public sealed class RegistrationRoundTripTests(PmsAppFixture fixture)
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ARegisteredAccountBecomesAPatientRecordThroughTheBroker()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var gateway = fixture.App.CreateHttpClient(ResourceNames.Gateway);
        var email = $"grace.{Guid.NewGuid():N}@example.org";

        using var response = await gateway.PostAsJsonAsync("/api/auth/register", new
        {
            email,
            password = "a long and memorable passphrase",
            firstName = "Grace",
            lastName = "Hopper",
            phoneNumber = "+1 202 555 0100",
            dateOfBirth = "1986-12-09",
        }, cancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var userId = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("userId").GetGuid();

        var mrn = await new PmsClient(fixture).WaitForPatientRecordAsync(userId, cancellationToken);
        Assert.StartsWith("PMS-", mrn, StringComparison.Ordinal);
    }

    private async Task<long> CountAccountsAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync(ResourceNames.AuthDatabase, cancellationToken));
        await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand("""SELECT count(*) FROM "AspNetUsers" WHERE "NormalizedEmail" = upper(@email)""", connection);
        query.Parameters.AddWithValue("email", email);
        return (long)(await query.ExecuteScalarAsync(cancellationToken))!;
    }
}
