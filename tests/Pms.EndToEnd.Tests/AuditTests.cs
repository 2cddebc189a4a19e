using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Pms.EndToEnd.Tests;

/// <summary>Every access to patient data reaches the one audit store, with who, what, which patient and how it ended.</summary>
public sealed class AuditTests(PmsAppFixture fixture)
{
    private static readonly TimeSpan AuditArrival = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly PmsClient _client = new(fixture);

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ReadsSearchesEditsAndDownloadsByStaffDoctorAndPatientAreAuditedAndADeniedReadToo()
    {
        var (patient, patientAccount, patientId) = await _client.SignedInNewPatientAsync(Cancellation);
        var (other, otherAccount, _) = await _client.SignedInNewPatientAsync(Cancellation);
        var (staffId, staffEmail) = await _client.CreateStaffAsync(PmsRoles.Staff, Cancellation);
        var (doctorId, doctorEmail) = await _client.CreateStaffAsync(PmsRoles.Doctor, Cancellation);
        (await _client.PostLoginAsync(staffEmail, "not the password at all", Cancellation)).Dispose();
        using var staff = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation)).AccessToken);
        using var doctor = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(doctorEmail, PmsClient.Password, Cancellation)).AccessToken);

        var record = await staff.GetFromJsonAsync<JsonElement>($"/api/patients/{patientId}", Cancellation);
        var mrn = record.GetProperty("mrn").GetString();
        var found = await staff.GetFromJsonAsync<JsonElement>($"/api/patients?search={mrn}", Cancellation);
        Assert.Equal(patientId, found.GetProperty("items")[0].GetProperty("id").GetGuid());
        using (var edited = await staff.PutAsJsonAsync($"/api/patients/{patientId}", PatientsTests.Details(record, lastName: "Seacole-Audit"), Cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        using (var read = await doctor.GetAsync($"/api/patients/{patientId}", Cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using var uploaded = await DocumentsTests.UploadAsync(patient, patientId, DocumentsTests.Pdf(2_000));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var documentId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        Assert.NotEmpty(await patient.GetByteArrayAsync($"/api/patients/{patientId}/documents/{documentId}/content", Cancellation));
        await Eventually.GetAsync(async () =>
        {
            using var saved = await patient.PutAsJsonAsync("/api/notifications/preferences", new { email = true, sms = false }, Cancellation);
            return saved.StatusCode == HttpStatusCode.OK ? "saved" : null;
        }, AuditArrival, Cancellation);
        using (var denied = await other.GetAsync($"/api/patients/{patientId}", Cancellation))
        {
            Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
        }

        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var expected = new (Guid User, string Role, string Action, string Resource, string Outcome, int Status)[]
        {
            (staffId, "Staff", "Read", "Patient", "Allowed", 200),
            (staffId, "Staff", "Search", "Patient", "Allowed", 200),
            (staffId, "Staff", "Update", "Patient", "Allowed", 200),
            (doctorId, "Doctor", "Read", "Patient", "Allowed", 200),
            (patientAccount, "Patient", "Create", "Document", "Allowed", 201),
            (patientAccount, "Patient", "Download", "Document", "Allowed", 200),
            (patientAccount, "Patient", "Update", "NotificationPreferences", "Allowed", 200),
            (otherAccount, "Patient", "Read", "Patient", "Denied", 404),
        };
        var items = await Eventually.GetAsync(async () =>
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?patientId={patientId}&pageSize=100", Cancellation);
            var all = page.GetProperty("items").EnumerateArray().ToList();
            return expected.All(entry => all.Any(item => Matches(item, entry))) ? all : null;
        }, AuditArrival, Cancellation);

        var staffRead = items.Last(item => Matches(item, expected[0]));
        Assert.Equal("Florence Nightingale", staffRead.GetProperty("userName").GetString());
        Assert.Equal("patients", staffRead.GetProperty("service").GetString());
        Assert.Equal("Api", staffRead.GetProperty("client").GetString());
        Assert.Equal(patientId.ToString(), staffRead.GetProperty("resourceId").GetString());
        Assert.Matches("^[0-9a-f]{32}$", staffRead.GetProperty("correlationId").GetString());
        Assert.False(string.IsNullOrEmpty(staffRead.GetProperty("clientIp").GetString()));
        Assert.Equal(documentId.ToString(), items.Single(item => Matches(item, expected[4])).GetProperty("resourceId").GetString());
        Assert.Equal(documentId.ToString(), items.Single(item => Matches(item, expected[5])).GetProperty("resourceId").GetString());

        // Sign-ins reach the same store: the refused one as denied, then the one that succeeded.
        var signIns = await Eventually.GetAsync(async () =>
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?userId={staffId}&resourceType=Account", Cancellation);
            var all = page.GetProperty("items").EnumerateArray().Select(item => (item.GetProperty("action").GetString(), item.GetProperty("outcome").GetString())).ToList();
            return all.Contains(("Login", "Allowed")) && all.Contains(("LoginFailed", "Denied")) ? all : null;
        }, AuditArrival, Cancellation);
        Assert.NotEmpty(signIns);

        // The patient sees who looked: staff by name, the other patient never by name.
        var history = await patient.GetFromJsonAsync<JsonElement>("/api/audit/me", Cancellation);
        var seen = history.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(seen, item => item.GetProperty("who").GetString() == "Florence Nightingale" && item.GetProperty("action").GetString() == "Update");
        Assert.Contains(seen, item => item.GetProperty("who").GetString() == "You" && item.GetProperty("action").GetString() == "Download");
        var deniedSeen = Assert.Single(seen, item => item.GetProperty("outcome").GetString() == "Denied");
        Assert.Equal("Another patient", deniedSeen.GetProperty("who").GetString());
        Assert.DoesNotContain("Seacole", history.GetRawText(), StringComparison.Ordinal);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task TheExportIsCsvOfTheSameFilterAndIsItselfAudited()
    {
        var (patient, _, patientId) = await _client.SignedInNewPatientAsync(Cancellation);
        (await patient.GetAsync($"/api/patients/{patientId}", Cancellation)).Dispose();
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        await WaitForRecordsAsync(admin, $"patientId={patientId}&action=Read");

        using var export = await admin.GetAsync($"/api/audit/export?patientId={patientId}&action=Read", Cancellation);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var lines = (await export.Content.ReadAsStringAsync(Cancellation)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("at,userId,userName,role,action,resourceType", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.Contains($",Read,Patient,{patientId},", line, StringComparison.Ordinal));
        await WaitForRecordsAsync(admin, $"patientId={patientId}&action=Export&resourceType=AuditLog");
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task TheDatabaseRefusesToChangeAuditRowsAndVerificationFindsARowEditedBehindItsBack()
    {
        var (patient, _, patientId) = await _client.SignedInNewPatientAsync(Cancellation);
        (await patient.GetAsync($"/api/patients/{patientId}", Cancellation)).Dispose();
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var item = (await WaitForRecordsAsync(admin, $"patientId={patientId}&action=Read"))[0];

        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync(ResourceNames.AuditDatabase, Cancellation));
        await connection.OpenAsync(Cancellation);
        var patientFilter = $"""WHERE "PatientIds" @> ARRAY['{patientId}']::uuid[] AND "Action" = 'Read'""";
        foreach (var change in new[] { $"""UPDATE "AuditRecords" SET "Action" = 'Search' {patientFilter}""", $"""DELETE FROM "AuditRecords" {patientFilter}""", """TRUNCATE "AuditRecords" """ })
        {
            await using var refused = new NpgsqlCommand(change, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => refused.ExecuteNonQueryAsync(Cancellation));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        }

        Assert.True((await VerifyAsync(admin)).GetProperty("ok").GetBoolean());

        // Only a superuser who switches the database's triggers off can edit a row, and the chain then gives it away.
        var at = item.GetProperty("at").GetDateTimeOffset();
        await SetOutcomeBehindTheTriggersAsync(connection, patientId, at, "Denied");
        try
        {
            var broken = await VerifyAsync(admin);
            Assert.False(broken.GetProperty("ok").GetBoolean());
            Assert.Equal(at, broken.GetProperty("firstBrokenAt").GetDateTimeOffset());
        }
        finally
        {
            await SetOutcomeBehindTheTriggersAsync(connection, patientId, at, "Allowed");
        }

        Assert.True((await VerifyAsync(admin)).GetProperty("ok").GetBoolean());
    }

    private static bool Matches(JsonElement item, (Guid User, string Role, string Action, string Resource, string Outcome, int Status) entry) =>
        item.GetProperty("userId").ValueKind == JsonValueKind.String
        && item.GetProperty("userId").GetGuid() == entry.User
        && item.GetProperty("role").GetString() == entry.Role
        && item.GetProperty("action").GetString() == entry.Action
        && item.GetProperty("resourceType").GetString() == entry.Resource
        && item.GetProperty("outcome").GetString() == entry.Outcome
        && item.GetProperty("status").GetInt32() == entry.Status;

    private static Task<List<JsonElement>> WaitForRecordsAsync(HttpClient admin, string query) =>
        Eventually.GetAsync(async () =>
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?{query}", Cancellation);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            return items.Count > 0 ? items : null;
        }, AuditArrival, Cancellation);

    private static async Task<JsonElement> VerifyAsync(HttpClient admin) => await admin.GetFromJsonAsync<JsonElement>("/api/audit/verify", Cancellation);

    private static async Task SetOutcomeBehindTheTriggersAsync(NpgsqlConnection connection, Guid patientId, DateTimeOffset at, string outcome)
    {
        await using var transaction = await connection.BeginTransactionAsync(Cancellation);
        await using (var triggersOff = new NpgsqlCommand("SET LOCAL session_replication_role = replica", connection, transaction))
        {
            await triggersOff.ExecuteNonQueryAsync(Cancellation);
        }

        await using var edit = new NpgsqlCommand(
            """UPDATE "AuditRecords" SET "Outcome" = @outcome WHERE "PatientIds" @> ARRAY[@patientId]::uuid[] AND "At" = @at""", connection, transaction);
        edit.Parameters.AddWithValue("outcome", outcome);
        edit.Parameters.AddWithValue("patientId", patientId);
        edit.Parameters.AddWithValue("at", at.ToUniversalTime());
        Assert.Equal(1, await edit.ExecuteNonQueryAsync(Cancellation));
        await transaction.CommitAsync(Cancellation);
    }
}
