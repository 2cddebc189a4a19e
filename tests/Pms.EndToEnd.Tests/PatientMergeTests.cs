using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

/// <summary>
/// A person registered twice — once online, once at the desk — merged into one record across patients, billing and
/// notifications, then the merge undone: nothing is lost either way.
/// </summary>
public sealed class PatientMergeTests(PmsAppFixture fixture)
{
    private static readonly TimeSpan EventsCross = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly PmsClient _client = new(fixture);

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task TheDuplicatesBillsAppointmentsDocumentsAndMessagesFollowTheSurvivorAndGoBackWhenTheMergeIsUndone()
    {
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var (patient, _, survivorId) = await _client.SignedInNewPatientAsync(Cancellation);
        var duplicateId = await DeskRegistrationOfTheSamePersonAsync(admin);
        var appointmentId = await BookAsync(admin, duplicateId);
        using var uploaded = await DocumentsTests.UploadAsync(admin, duplicateId, "%PDF-1.7 referral letter"u8.ToArray());
        var documentId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        var duplicatesBills = await Eventually.GetAsync(() => NonEmpty(BillIdsAsync(admin, duplicateId)), EventsCross, Cancellation);
        var duplicatesMessages = await Eventually.GetAsync(() => NonEmpty(MessageIdsAsync(admin, duplicateId)), EventsCross, Cancellation);
        var survivorsBills = await Eventually.GetAsync(() => NonEmpty(BillIdsAsync(admin, survivorId)), EventsCross, Cancellation);
        var duplicatesPhone = (await PatientAsync(admin, duplicateId)).GetProperty("phoneNumber").GetString();

        using var merged = await admin.PostAsJsonAsync($"/api/patients/{survivorId}/merge", new { duplicateId, takeFromDuplicate = new[] { "phoneNumber" } }, Cancellation);

        Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
        var merge = await merged.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal((1, 1), (merge.GetProperty("movedAppointments").GetInt32(), merge.GetProperty("movedDocuments").GetInt32()));
        var duplicate = await PatientAsync(admin, duplicateId);
        Assert.Equal((survivorId, false), (duplicate.GetProperty("replacedBy").GetGuid(), duplicate.GetProperty("active").GetBoolean()));
        Assert.Equal(duplicatesPhone, (await PatientAsync(patient, survivorId)).GetProperty("phoneNumber").GetString());
        // The patient, signed in to the surviving record, now sees what was the duplicate's.
        await Eventually.GetAsync(() => Holding(BillIdsAsync(patient, null), [.. survivorsBills, .. duplicatesBills]), EventsCross, Cancellation);
        await Eventually.GetAsync(() => Holding(MessageIdsAsync(patient, null), duplicatesMessages), EventsCross, Cancellation);
        Assert.Contains(appointmentId, await AppointmentIdsAsync(patient));
        Assert.Contains(documentId, await DocumentIdsAsync(patient, survivorId));
        Assert.Empty(await BillIdsAsync(admin, duplicateId));

        using var undone = await admin.PostAsync($"/api/patients/merges/{merge.GetProperty("id").GetGuid()}/undo", null, Cancellation);

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        await Eventually.GetAsync(() => Holding(BillIdsAsync(admin, duplicateId), duplicatesBills), EventsCross, Cancellation);
        await Eventually.GetAsync(() => Holding(MessageIdsAsync(admin, duplicateId), duplicatesMessages), EventsCross, Cancellation);
        Assert.Equal(survivorsBills.Order(), (await BillIdsAsync(patient, null)).Order());
        Assert.DoesNotContain(appointmentId, await AppointmentIdsAsync(patient));
        Assert.DoesNotContain(documentId, await DocumentIdsAsync(patient, survivorId));
        Assert.Contains(documentId, await DocumentIdsAsync(admin, duplicateId));
        duplicate = await PatientAsync(admin, duplicateId);
        Assert.Equal((JsonValueKind.Null, true), (duplicate.GetProperty("replacedBy").ValueKind, duplicate.GetProperty("active").GetBoolean()));
        Assert.NotEqual(duplicatesPhone, (await PatientAsync(patient, survivorId)).GetProperty("phoneNumber").GetString());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task OnlyAnAdministratorUndoesAMergeAndAPatientCannotMerge()
    {
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var (patient, _, survivorId) = await _client.SignedInNewPatientAsync(Cancellation);
        var duplicateId = await DeskRegistrationOfTheSamePersonAsync(admin);
        var (_, staffEmail) = await _client.CreateStaffAsync(PmsRoles.Staff, Cancellation);
        using var staff = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(staffEmail, PmsClient.Password, Cancellation)).AccessToken);

        using var byPatient = await patient.PostAsJsonAsync($"/api/patients/{survivorId}/merge", new { duplicateId }, Cancellation);
        using var merged = await staff.PostAsJsonAsync($"/api/patients/{survivorId}/merge", new { duplicateId }, Cancellation);
        var mergeId = (await merged.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
        using var undoneByStaff = await staff.PostAsync($"/api/patients/merges/{mergeId}/undo", null, Cancellation);
        using var mergedAgain = await staff.PostAsJsonAsync($"/api/patients/{survivorId}/merge", new { duplicateId }, Cancellation);

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Created, HttpStatusCode.Forbidden),
            (byPatient.StatusCode, merged.StatusCode, undoneByStaff.StatusCode));
        Assert.True(mergedAgain.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, $"merging a merged record again answered {mergedAgain.StatusCode}");
        Assert.Equal("application/problem+json", mergedAgain.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The same person as <see cref="PmsClient.RegisterPatientAsync"/>'s, registered again at the desk with other contact details.</summary>
    private static Task<Guid> DeskRegistrationOfTheSamePersonAsync(HttpClient staff) =>
        PmsClient.WalkInAsync(staff, new
        {
            firstName = "Mary",
            lastName = "Seacole",
            dateOfBirth = "1985-11-23",
            sex = "Female",
            email = PmsClient.NewEmail("desk"),
            phoneNumber = Phones.Unique(),
        }, Cancellation);

    private async Task<Guid> BookAsync(HttpClient staff, Guid patientId)
    {
        var (doctorId, _) = await _client.CreateDoctorAsync("Elizabeth", "Blackwell", "UTC", Cancellation);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var slots = await staff.GetFromJsonAsync<JsonElement>($"/api/doctors/{doctorId}/slots?date={tomorrow:yyyy-MM-dd}", Cancellation);
        var startsAt = slots.GetProperty("slots")[0].GetProperty("startsAt").GetDateTimeOffset();
        using var booked = await staff.PostAsJsonAsync("/api/appointments", new { doctorId, startsAt, patientId, reason = "Follow-up" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        return (await booked.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> PatientAsync(HttpClient client, Guid patientId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/patients/{patientId}", Cancellation);

    /// <summary>A patient's bills; a signed-in patient (no <paramref name="patientId"/>) reads their own.</summary>
    private static async Task<IReadOnlyList<Guid>> BillIdsAsync(HttpClient client, Guid? patientId) =>
        Ids(await client.GetFromJsonAsync<JsonElement>($"/api/billing/bills?pageSize=100{(patientId is { } id ? $"&patientId={id}" : "")}", Cancellation), "items");

    private static async Task<IReadOnlyList<Guid>> MessageIdsAsync(HttpClient client, Guid? patientId) =>
        Ids(await client.GetFromJsonAsync<JsonElement>($"/api/notifications?pageSize=100{(patientId is { } id ? $"&patientId={id}" : "")}", Cancellation), "items");

    private static async Task<IReadOnlyList<Guid>> AppointmentIdsAsync(HttpClient patient) =>
        Ids(await patient.GetFromJsonAsync<JsonElement>("/api/appointments?pageSize=100", Cancellation), "items");

    private static async Task<IReadOnlyList<Guid>> DocumentIdsAsync(HttpClient client, Guid patientId) =>
        Ids(await client.GetFromJsonAsync<JsonElement>($"/api/patients/{patientId}/documents", Cancellation), null);

    private static List<Guid> Ids(JsonElement answer, string? listProperty) =>
        [.. (listProperty is null ? answer : answer.GetProperty(listProperty)).EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];

    private static async Task<IReadOnlyList<Guid>?> NonEmpty(Task<IReadOnlyList<Guid>> ids) => await ids is { Count: > 0 } found ? found : null;

    private static async Task<IReadOnlyList<Guid>?> Holding(Task<IReadOnlyList<Guid>> ids, IReadOnlyList<Guid> expected) =>
        await ids is var found && expected.All(found.Contains) ? found : null;
}
