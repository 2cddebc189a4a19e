using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Pms.GatewaySignIn;

namespace Pms.EndToEnd.Tests;

/// <summary>What a client of the gateway does to get an account and a token of each kind.</summary>
public sealed class PmsClient(PmsAppFixture fixture)
{
    public const string Password = "a long and memorable passphrase";

    public HttpClient Gateway() => fixture.App.CreateHttpClient(ResourceNames.Gateway);

    public HttpClient Service(string name) => fixture.App.CreateHttpClient(name);

    public static string NewEmail(string name) => $"{name}.{Guid.NewGuid():N}@example.org";

    /// <summary>A walk-in registered at the desk, a possible duplicate of an earlier record registered anyway: the record's id.</summary>
    public static async Task<Guid> WalkInAsync(HttpClient staff, object patient, CancellationToken cancellationToken)
    {
        using var response = await staff.PostAsJsonAsync("/api/patients?allowDuplicate=true", patient, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
    }

    public async Task<(Guid UserId, string Email)> RegisterPatientAsync(CancellationToken cancellationToken)
    {
        using var gateway = Gateway();
        var email = NewEmail("patient");
        using var response = await gateway.PostAsJsonAsync("/api/auth/register", new
        {
            email,
            password = Password,
            firstName = "Mary",
            lastName = "Seacole",
            phoneNumber = "+44 20 7946 0018",
            dateOfBirth = "1985-11-23",
        }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return (body.GetProperty("userId").GetGuid(), email);
    }

    /// <summary>A newly registered patient, signed in once their record exists: the client, the account and the record.</summary>
    public async Task<(HttpClient Client, Guid Account, Guid PatientId)> SignedInNewPatientAsync(CancellationToken cancellationToken)
    {
        var (userId, email) = await RegisterPatientAsync(cancellationToken);
        return await SignedInPatientAsync(userId, email, cancellationToken);
    }

    /// <summary>A registered patient, signed in once their record exists: the client, the account and the record.</summary>
    public async Task<(HttpClient Client, Guid Account, Guid PatientId)> SignedInPatientAsync(Guid userId, string email, CancellationToken cancellationToken)
    {
        await WaitForPatientRecordAsync(userId, cancellationToken);
        var tokens = await LoginAsync(email, Password, cancellationToken);
        var client = Authorized(Gateway(), tokens.AccessToken);
        var record = await client.GetFromJsonAsync<JsonElement>("/api/patients/me", cancellationToken);
        return (client, userId, record.GetProperty("id").GetGuid());
    }

    /// <summary>The id of the record of a patient's account, as the patient reads it after signing in.</summary>
    public async Task<Guid> PatientIdOfAsync(string email, CancellationToken cancellationToken)
    {
        var tokens = await LoginAsync(email, Password, cancellationToken);
        using var gateway = Authorized(Gateway(), tokens.AccessToken);
        return (await gateway.GetFromJsonAsync<JsonElement>("/api/patients/me", cancellationToken)).GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> PostLoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var gateway = Gateway();
        return await gateway.PostAsJsonAsync("/api/auth/login", new { email, password }, cancellationToken);
    }

    /// <summary>Every step of a sign-in: the password, then the account's TOTP code or its enrolment, as a real client does.</summary>
    public async Task<Tokens> LoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var gateway = Gateway();
        var tokens = await new GatewaySignInClient(gateway, Authenticator.Shared).SignInAsync(email, password, cancellationToken);
        return new Tokens(tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresIn, tokens.TokenType);
    }

    /// <summary>One administrator session for the whole run: sign-ins per account are rate limited.</summary>
    public Task<string> AdminTokenAsync() => fixture.AdminAccessTokenAsync();

    public async Task<(Guid UserId, string Email)> CreateStaffAsync(string role, CancellationToken cancellationToken)
    {
        using var gateway = Authorized(Gateway(), await AdminTokenAsync());
        var email = NewEmail(role.ToLowerInvariant());
        using var response = await gateway.PostAsJsonAsync("/api/auth/users",
            new { email, password = Password, firstName = "Florence", lastName = "Nightingale", roles = new[] { role } }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid(), email);
    }

    /// <summary>A Doctor account with a bookable profile, taking appointments every day from 08:00 to 12:00 of its zone, in 30-minute slots.</summary>
    public async Task<(Guid DoctorId, string Email)> CreateDoctorAsync(string firstName, string lastName, string timeZone, CancellationToken cancellationToken)
    {
        var (doctorId, email) = await CreateStaffAsync(PmsRoles.Doctor, cancellationToken);
        using var admin = Authorized(Gateway(), await AdminTokenAsync());
        using var profile = await admin.PostAsJsonAsync("/api/doctors",
            new { id = doctorId, firstName, lastName, specialty = "General practice", consultationFeeCode = "CONS-GP", timeZone }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, profile.StatusCode);
        using var hours = await admin.PutAsJsonAsync($"/api/doctors/{doctorId}/availability",
            new { weeklyAvailability = Enum.GetValues<DayOfWeek>().Select(day => new { dayOfWeek = day.ToString(), startTime = "08:00", endTime = "12:00", slotMinutes = 30 }) },
            cancellationToken);
        Assert.Equal(HttpStatusCode.OK, hours.StatusCode);
        return (doctorId, email);
    }

    /// <summary>A Service token, asked of auth-service directly: the gateway does not route the client-credentials grant.</summary>
    public async Task<string> ServiceTokenAsync(CancellationToken cancellationToken, string clientId = ResourceNames.Patients)
    {
        using var auth = Service(ResourceNames.Auth);
        using var response = await auth.PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientId == ResourceNames.Notifications ? PmsAppFixture.NotificationsClientSecret : PmsAppFixture.PatientsClientSecret,
        }), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString()!;
    }

    /// <summary>The patient record follows registration by event; wait until patient-service has it.</summary>
    public Task<string> WaitForPatientRecordAsync(Guid userId, CancellationToken cancellationToken) =>
        Eventually.GetAsync(() => FindMrnAsync(userId, cancellationToken), TimeSpan.FromSeconds(30), cancellationToken);

    private async Task<string?> FindMrnAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync(ResourceNames.PatientDatabase, cancellationToken));
        await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand("""SELECT "Mrn" FROM "Patients" WHERE "AuthUserId" = @userId""", connection);
        query.Parameters.AddWithValue("userId", userId);
        return (string?)await query.ExecuteScalarAsync(cancellationToken);
    }

    public static HttpClient Authorized(HttpClient client, string? accessToken)
    {
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }
}
