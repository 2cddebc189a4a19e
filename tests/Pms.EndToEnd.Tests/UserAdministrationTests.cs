using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

public sealed class UserAdministrationTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnAdminCreatesAStaffAccountThatCanSignInAndIsListed()
    {
        var (staffId, email) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var gateway = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());

        var page = await gateway.GetFromJsonAsync<JsonElement>($"/api/auth/users?role=Staff&search={Uri.EscapeDataString(email)}&pageSize=5", Cancellation);
        var staff = await _client.LoginAsync(email, PmsClient.Password, Cancellation);

        var listed = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(staffId, listed.GetProperty("id").GetGuid());
        Assert.Equal("Active", listed.GetProperty("status").GetString());
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.False(string.IsNullOrEmpty(staff.AccessToken));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task StaffListActiveDoctorsAccountsOnlyWithoutTheirRolesOrStatus()
    {
        var (doctorId, doctorEmail) = await _client.CreateStaffAsync("Doctor", Cancellation);
        var (lockedDoctorId, lockedEmail) = await _client.CreateStaffAsync("Doctor", Cancellation);
        var (_, staffEmail) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        using var locked = await admin.PostAsync($"/api/auth/users/{lockedDoctorId}/lock", null, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, locked.StatusCode);
        using var staff = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation)).AccessToken);

        var doctor = await staff.GetFromJsonAsync<JsonElement>($"/api/auth/doctors?search={Uri.EscapeDataString(doctorEmail)}", Cancellation);
        var lockedDoctor = await staff.GetFromJsonAsync<JsonElement>($"/api/auth/doctors?search={Uri.EscapeDataString(lockedEmail)}", Cancellation);
        var notADoctor = await staff.GetFromJsonAsync<JsonElement>($"/api/auth/doctors?search={Uri.EscapeDataString(staffEmail)}", Cancellation);

        var listed = Assert.Single(doctor.GetProperty("items").EnumerateArray());
        Assert.Equal(doctorId, listed.GetProperty("id").GetGuid());
        Assert.Equal(["email", "firstName", "id", "lastName"], listed.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal(0, lockedDoctor.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, notADoctor.GetProperty("totalCount").GetInt32());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task GivingAStaffAccountThePatientRoleCreatesItsPatientRecordWithItsFee()
    {
        var (staffId, email) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());

        using var response = await admin.PutAsJsonAsync($"/api/auth/users/{staffId}/roles",
            new { roles = new[] { "Staff", "Patient" }, dateOfBirth = "1979-04-02" }, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _client.WaitForPatientRecordAsync(staffId, Cancellation);
        var database = new PatientDatabase(fixture);
        await database.WaitForRegistrationBillAsync(await database.PatientIdOfAccountAsync(staffId, Cancellation), Cancellation);
        using var patient = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
        var record = await patient.GetFromJsonAsync<JsonElement>("/api/patients/me", Cancellation);
        Assert.Equal("1979-04-02", record.GetProperty("dateOfBirth").GetString());
        Assert.Equal(email, record.GetProperty("email").GetString());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task GivingAnAccountWithoutADateOfBirthThePatientRoleWithoutOneIsRefusedAndChangesNothing()
    {
        var (staffId, email) = await _client.CreateStaffAsync("Staff", Cancellation);
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());

        using var response = await admin.PutAsJsonAsync($"/api/auth/users/{staffId}/roles", new { roles = new[] { "Staff", "Patient" } }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Contains("date of birth", problem.GetProperty("errors").GetProperty("dateOfBirth")[0].GetString(), StringComparison.Ordinal);
        var account = await admin.GetFromJsonAsync<JsonElement>($"/api/auth/users?search={Uri.EscapeDataString(email)}", Cancellation);
        Assert.Equal(["Staff"], Assert.Single(account.GetProperty("items").EnumerateArray()).GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ALockedAccountCannotSignInOrRefreshUntilUnlocked()
    {
        var (staffId, email) = await _client.CreateStaffAsync("Staff", Cancellation);
        var staff = await _client.LoginAsync(email, PmsClient.Password, Cancellation);
        using var gateway = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());

        using var overlongReason = await gateway.PostAsJsonAsync($"/api/auth/users/{staffId}/lock", new { reason = new string('x', 501) }, Cancellation);
        using var signInBeforeLock = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);
        using var locked = await gateway.PostAsJsonAsync($"/api/auth/users/{staffId}/lock", new { reason = "Left the hospital" }, Cancellation);
        using var signInWhileLocked = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);
        using var refreshWhileLocked = await _client.Gateway().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = staff.RefreshToken }, Cancellation);
        using var unlocked = await gateway.PostAsync($"/api/auth/users/{staffId}/unlock", null, Cancellation);
        using var signInAfterUnlock = await _client.PostLoginAsync(email, PmsClient.Password, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, overlongReason.StatusCode);
        Assert.True((await overlongReason.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, signInBeforeLock.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signInWhileLocked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refreshWhileLocked.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signInAfterUnlock.StatusCode);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ALockedAccountsAccessTokenIsRefusedEverywhereWithinFiveSeconds()
    {
        var (staffId, email) = await _client.CreateStaffAsync("Staff", Cancellation);
        var staff = await _client.LoginAsync(email, PmsClient.Password, Cancellation);
        using var throughGateway = PmsClient.Authorized(_client.Gateway(), staff.AccessToken);
        using var patientsDirectly = PmsClient.Authorized(_client.Service(ResourceNames.Patients), staff.AccessToken);
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        using var before = await throughGateway.GetAsync(new Uri("/api/patients?search=Seacole", UriKind.Relative), Cancellation);

        using var locked = await admin.PostAsync($"/api/auth/users/{staffId}/lock", null, Cancellation);
        var lockedAt = DateTimeOffset.UtcNow;
        var refusedAfter = new Dictionary<string, TimeSpan>();
        while (refusedAfter.Count < 2 && DateTimeOffset.UtcNow - lockedAt < TimeSpan.FromSeconds(10))
        {
            foreach (var (name, client) in new[] { ("gateway", throughGateway), ("patient-service", patientsDirectly) })
            {
                using var response = await client.GetAsync(new Uri("/api/patients?search=Seacole", UriKind.Relative), Cancellation);
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    refusedAfter.TryAdd(name, DateTimeOffset.UtcNow - lockedAt);
                }
            }

            await Task.Delay(200, Cancellation);
        }

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, locked.StatusCode);
        Assert.Equal(["gateway", "patient-service"], refusedAfter.Keys.Order(StringComparer.Ordinal));
        Assert.All(refusedAfter.Values, after => Assert.True(after < TimeSpan.FromSeconds(5), $"Refused only after {after}."));
    }
}
