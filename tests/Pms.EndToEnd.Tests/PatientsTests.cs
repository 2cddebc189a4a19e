using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

public sealed class PatientsTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);
    private readonly PatientDatabase _database = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task StaffRegisterAWalkInWhoseRegistrationFeeIsChargedOnce()
    {
        using var staff = await StaffAsync();

        using var response = await staff.PostAsJsonAsync("/api/patients", WalkIn(Unique("Okafor")), Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var patientId = body.GetProperty("id").GetGuid();
        Assert.Matches("^PMS-\\d{7}-\\d$", body.GetProperty("mrn").GetString());
        Assert.Equal("Charged", body.GetProperty("registrationFee").GetProperty("status").GetString());
        Assert.NotEqual(Guid.Empty, body.GetProperty("registrationFee").GetProperty("billId").GetGuid());
        Assert.Equal(1, await _database.CountRegistrationBillsAsync(patientId, Cancellation));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ALikelyDuplicateIsShownUntilStaffRegisterAnyway()
    {
        using var staff = await StaffAsync();
        var lastName = Unique("Nunez");
        using var first = await staff.PostAsJsonAsync("/api/patients", WalkIn(lastName, firstName: "José"), Cancellation);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();

        using var sameNameOtherAccents = await staff.PostAsJsonAsync("/api/patients", WalkIn(lastName.ToUpperInvariant(), firstName: "Jose", phone: null), Cancellation);
        using var registeredAnyway = await staff.PostAsJsonAsync("/api/patients?allowDuplicate=true", WalkIn(lastName, firstName: "José"), Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, sameNameOtherAccents.StatusCode);
        var candidates = (await sameNameOtherAccents.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("candidates");
        Assert.Contains(candidates.EnumerateArray(), candidate => candidate.GetProperty("id").GetGuid() == firstId);
        Assert.Equal(HttpStatusCode.Created, registeredAnyway.StatusCode);
        Assert.Equal(2, await _database.CountPatientsNamedAsync(lastName, Cancellation));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task TheSamePhoneNumberUnderAnotherNameIsALikelyDuplicate()
    {
        using var staff = await StaffAsync();
        var phone = Phones.Unique();
        using var first = await staff.PostAsJsonAsync("/api/patients", WalkIn(Unique("Adeyemi"), phone: phone), Cancellation);

        using var second = await staff.PostAsJsonAsync("/api/patients", WalkIn(Unique("Mensah"), phone: phone.Replace(" ", "-", StringComparison.Ordinal)), Cancellation);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task SearchFindsAPatientByPartialAccentInsensitiveNameMrnPhonePartOfTheEmailAndNamePlusDateOfBirth()
    {
        using var staff = await StaffAsync();
        var lastName = Unique("Ångström");
        var phone = Phones.Unique();
        var email = PmsClient.NewEmail("zoe");
        using var created = await staff.PostAsJsonAsync("/api/patients", WalkIn(lastName, firstName: "Zoë", phone: phone, email: email), Cancellation);
        var patient = await created.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var id = patient.GetProperty("id").GetGuid();
        var partialName = "zoe " + lastName[1..^2].ToLowerInvariant().Replace("ngström", "ngstrom", StringComparison.Ordinal);

        var partOfEmail = email.Split('@')[0][..12];

        foreach (var search in new[] { partialName, patient.GetProperty("mrn").GetString()!, phone[^7..], email.ToUpperInvariant(), partOfEmail, $"{lastName} 1979-04-02" })
        {
            var page = await staff.GetFromJsonAsync<JsonElement>($"/api/patients?search={Uri.EscapeDataString(search)}&pageSize=10", Cancellation);

            Assert.Contains(page.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == id);
        }

        var bornThatDay = await staff.GetFromJsonAsync<JsonElement>("/api/patients?search=1979-04-02&pageSize=10", Cancellation);
        var wrongDay = await staff.GetFromJsonAsync<JsonElement>($"/api/patients?search={Uri.EscapeDataString($"{lastName} 1979-04-03")}&pageSize=10", Cancellation);
        Assert.NotEmpty(bornThatDay.GetProperty("items").EnumerateArray());
        Assert.All(bornThatDay.GetProperty("items").EnumerateArray(), item => Assert.Equal("1979-04-02", item.GetProperty("dateOfBirth").GetString()));
        Assert.Equal(0, wrongDay.GetProperty("totalCount").GetInt32());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientReachesOnlyTheirOwnRecord()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);
        await _client.WaitForPatientRecordAsync(userId, Cancellation);
        var ownId = await _database.PatientIdOfAccountAsync(userId, Cancellation);
        using var staff = await StaffAsync();
        using var other = await staff.PostAsJsonAsync("/api/patients", WalkIn(Unique("Other")), Cancellation);
        var otherId = (await other.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        using var patient = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);

        using var own = await patient.GetAsync(new Uri($"/api/patients/{ownId}", UriKind.Relative), Cancellation);
        using var someoneElse = await patient.GetAsync(new Uri($"/api/patients/{otherId}", UriKind.Relative), Cancellation);
        using var changeSomeoneElse = await patient.PutAsJsonAsync($"/api/patients/{otherId}", WalkIn("Other"), Cancellation);
        using var search = await patient.GetAsync(new Uri("/api/patients?search=a", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, changeSomeoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, search.StatusCode);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientChangesTheirContactDetailsButNotTheirIdentity()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);
        await _client.WaitForPatientRecordAsync(userId, Cancellation);
        using var patient = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
        var record = await patient.GetFromJsonAsync<JsonElement>("/api/patients/me", Cancellation);
        var id = record.GetProperty("id").GetGuid();
        var newPhone = Phones.Unique();
        var typedPhone = $"{newPhone[..2]} ({newPhone[2..5]}) {newPhone[5..8]}-{newPhone[8..]}";

        using var tooShort = await patient.PutAsJsonAsync($"/api/patients/{id}", Details(record, phone: "12"), Cancellation);
        using var contactChange = await patient.PutAsJsonAsync($"/api/patients/{id}", Details(record, phone: typedPhone), Cancellation);
        using var nameChange = await patient.PutAsJsonAsync($"/api/patients/{id}", Details(record, lastName: "Renamed"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, contactChange.StatusCode);
        Assert.Equal(newPhone, (await contactChange.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("phoneNumber").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, nameChange.StatusCode);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task StaffCorrectAnyFieldAndAStaleVersionIsAConflict()
    {
        using var staff = await StaffAsync();
        using var created = await staff.PostAsJsonAsync("/api/patients", WalkIn(Unique("Osei")), Cancellation);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        var record = await staff.GetFromJsonAsync<JsonElement>($"/api/patients/{id}", Cancellation);

        using var corrected = await staff.PutAsJsonAsync($"/api/patients/{id}", Details(record, lastName: Unique("Osei-Bonsu")), Cancellation);
        using var stale = await staff.PutAsJsonAsync($"/api/patients/{id}", Details(record, lastName: "Stale"), Cancellation);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task InvalidDetailsAreRejectedFieldByFieldAndNothingIsStored()
    {
        using var staff = await StaffAsync();
        var lastName = Unique("Invalid");

        using var response = await staff.PostAsJsonAsync("/api/patients", new
        {
            firstName = new string('x', 101),
            lastName,
            dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3),
            sex = "Robot",
            phoneNumber = "call me maybe",
            email = "not-an-email",
        }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors");
        foreach (var field in new[] { "firstName", "dateOfBirth", "sex", "phoneNumber", "email" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No error for {field}.");
        }

        Assert.Equal(0, await _database.CountPatientsNamedAsync(lastName, Cancellation));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task SelfRegistrationLeadsToARecordARegistrationBillAndAPatientRegisteredEvent()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);
        using var patient = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);

        var patientId = Guid.Parse(await Eventually.GetAsync(async () =>
        {
            using var response = await patient.GetAsync(new Uri("/api/patients/me", UriKind.Relative), Cancellation);
            return response.IsSuccessStatusCode
                ? (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetString()
                : null;
        }, TimeSpan.FromSeconds(30), Cancellation));
        await _database.WaitForRegistrationBillAsync(patientId, Cancellation);
        var events = await new KafkaProbe(fixture).ConsumeAsync(Topics.Patient, patientId.ToString(), 1, Cancellation);

        Assert.Equal(1, await _database.CountRegistrationBillsAsync(patientId, Cancellation));
        var registered = Assert.Single(events);
        Assert.Equal(email, JsonDocument.Parse(registered.Value).RootElement.GetProperty("email").GetString());
        Assert.Equal(patientId, await _database.PatientIdOfAccountAsync(userId, Cancellation));
    }

    private async Task<HttpClient> StaffAsync()
    {
        var (_, email) = await _client.CreateStaffAsync("Staff", Cancellation);
        return PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
    }

    private static string Unique(string name) => $"{name}{new string([.. Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6)])}";

    private static object WalkIn(string lastName, string firstName = "Ada", string? phone = "default", string? email = null) => new
    {
        firstName,
        lastName,
        dateOfBirth = "1979-04-02",
        sex = "Female",
        phoneNumber = phone == "default" ? Phones.Unique() : phone,
        email,
        address = new { line1 = "1 Hospital Road", city = "Accra", country = "Ghana" },
        emergencyContact = new { name = "Kofi", relationship = "Brother", phoneNumber = "+233 20 123 4567" },
    };

    internal static object Details(JsonElement record, string? lastName = null, string? phone = null) => new
    {
        firstName = record.GetProperty("firstName").GetString(),
        lastName = lastName ?? record.GetProperty("lastName").GetString(),
        dateOfBirth = record.GetProperty("dateOfBirth").GetString(),
        sex = record.GetProperty("sex").GetString(),
        phoneNumber = phone ?? record.GetProperty("phoneNumber").GetString(),
        email = record.GetProperty("email").GetString(),
        version = record.GetProperty("version").GetUInt32(),
    };
}
