using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hl7.Fhir.Model;
using Pms.Testing.Fhir;
using Resource = Hl7.Fhir.Model.Resource;
using Task = System.Threading.Tasks.Task;

namespace Pms.EndToEnd.Tests;

/// <summary>PMS's FHIR R4 API through the gateway, across the two services that serve it, with real tokens and their scopes.</summary>
public sealed class FhirTests(PmsAppFixture fixture)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static DateOnly Tomorrow => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);

    private readonly PmsClient _client = new(fixture);

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientReadsEverythingAboutThemselvesIncludingBillingsInvoiceAndNothingAboutOthers()
    {
        var (patient, account, patientId) = await _client.SignedInNewPatientAsync(Cancellation);
        var (stranger, _, _) = await _client.SignedInNewPatientAsync(Cancellation);
        await Eventually.GetAsync(() => new PatientDatabase(fixture).RegistrationFeeChargedAsync(account, Cancellation), TimeSpan.FromSeconds(30), Cancellation);

        var everything = await ReadAsync<Bundle>(patient, $"/fhir/Patient/{patientId}/$everything");
        var invoice = everything.Entry.Select(entry => entry.Resource).OfType<Invoice>().Single();
        var outcome = await ReadAsync<OperationOutcome>(stranger, $"/fhir/Patient/{patientId}/$everything", HttpStatusCode.NotFound);
        var strangersInvoice = await ReadAsync<OperationOutcome>(stranger, $"/fhir/Invoice/{invoice.Id}", HttpStatusCode.NotFound);

        Assert.Equal(patientId.ToString(), everything.Entry.Select(entry => entry.Resource).OfType<Patient>().Single().Id);
        Assert.Equal($"Patient/{patientId}", invoice.Subject?.Reference);
        Assert.All(everything.Entry, entry => Assert.StartsWith(new Uri(patient.BaseAddress!, "/fhir/").ToString(), entry.FullUrl, StringComparison.Ordinal));
        Assert.Equal([OperationOutcome.IssueType.NotFound, OperationOutcome.IssueType.NotFound], new[] { outcome, strangersInvoice }.Select(answer => answer.Issue.Single().Code));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ARecordRegisteredAtTheDeskWithANationalIdIsFoundByItThroughFhir()
    {
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var nationalId = $"NI{Random.Shared.Next(10_000_000, 99_999_999)}";
        using var registered = await admin.PostAsJsonAsync("/api/patients?allowDuplicate=true", new
        {
            firstName = "Kwame",
            lastName = "Asante",
            dateOfBirth = "1970-01-15",
            sex = "Male",
            identifiers = new[] { new { type = "NationalId", value = nationalId } },
            preferredLanguage = "ak",
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var patientId = (await registered.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetString();

        var found = await ReadAsync<Bundle>(admin, $"/fhir/Patient?identifier={Uri.EscapeDataString($"urn:pms:national-id|{nationalId}")}");

        var patient = Assert.IsType<Patient>(Assert.Single(found.Entry).Resource);
        Assert.Equal((patientId, nationalId, "ak"), (patient.Id, patient.Identifier[1].Value, patient.Communication.Single().Language.Coding.Single().Code));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task EveryResourceAndSearchParameterTheCapabilityStatementListsIsServedThroughTheGateway()
    {
        using var anonymous = _client.Gateway();
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var world = await WorldAsync(admin);

        var statement = await ReadAsync<CapabilityStatement>(anonymous, "/fhir/metadata");

        foreach (var resource in statement.Rest.Single().Resource)
        {
            // A slot search names its schedule; the doctor's day tomorrow has free slots.
            var required = resource.Type == "Slot" ? $"schedule=Schedule/{world.DoctorId}&" : "";
            var found = await ReadAsync<Bundle>(admin, $"/fhir/{resource.Type}?{required}{(required.Length > 0 ? $"start={Tomorrow:yyyy-MM-dd}&" : "")}_count=1");
            var first = Assert.Single(found.Entry).Resource!;
            Assert.Equal(first.Id, (await ReadAsync<Resource>(admin, $"/fhir/{resource.Type}/{first.Id}")).Id);
            foreach (var parameter in resource.SearchParam.Where(parameter => parameter.Name is not ("_count" or "_offset" or "schedule")))
            {
                await ReadAsync<Bundle>(admin, $"/fhir/{resource.Type}?{required}{parameter.Name}={Uri.EscapeDataString(world.ValueFor(resource.Type!, parameter))}");
            }
        }
    }

    /// <summary>A patient with a registration invoice, a booked appointment and a document; a doctor with hours.</summary>
    private async Task<World> WorldAsync(HttpClient admin)
    {
        var (patient, account, patientId) = await _client.SignedInNewPatientAsync(Cancellation);
        var (doctorId, _) = await _client.CreateDoctorAsync("Ada", "Lovelace", "UTC", Cancellation);
        var slots = await admin.GetFromJsonAsync<JsonElement>($"/api/doctors/{doctorId}/slots?date={Tomorrow:yyyy-MM-dd}", Cancellation);
        var startsAt = slots.GetProperty("slots")[0].GetProperty("startsAt").GetDateTimeOffset();
        using var booked = await patient.PostAsJsonAsync("/api/appointments", new { doctorId, startsAt, reason = "Check-up" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        using var uploaded = await DocumentsTests.UploadAsync(patient, patientId, DocumentsTests.Pdf(2_000));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        await Eventually.GetAsync(() => new PatientDatabase(fixture).RegistrationFeeChargedAsync(account, Cancellation), TimeSpan.FromSeconds(30), Cancellation);
        return new World(patientId, doctorId);
    }

    /// <summary>GETs <paramref name="url"/> through the gateway and expects <paramref name="status"/> with an R4-valid application/fhir+json body.</summary>
    private static async Task<T> ReadAsync<T>(HttpClient client, string url, HttpStatusCode status = HttpStatusCode.OK) where T : Resource
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancellation);
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(status == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return FhirValidation.ParseValid<T>(body);
    }

    private sealed record World(Guid PatientId, Guid DoctorId)
    {
        /// <summary>A value of the parameter's kind that the API must accept (it need not match anything).</summary>
        public string ValueFor(string type, CapabilityStatement.SearchParamComponent parameter) => (parameter.Type, parameter.Name) switch
        {
            (SearchParamType.Reference, "patient") => $"Patient/{PatientId}",
            (SearchParamType.Reference, "schedule") => $"Schedule/{DoctorId}",
            (SearchParamType.Reference, _) => $"Practitioner/{DoctorId}",
            (SearchParamType.Date, _) => Tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            (SearchParamType.Token, "_id") => Guid.NewGuid().ToString(),
            (SearchParamType.Token, "status") => type switch { "Slot" => "free", "Invoice" => "issued", _ => "booked" },
            (SearchParamType.Token, "email") => "mary@example.org",
            (SearchParamType.Token, "phone") => "+44 20 7946 0018",
            _ => "Mary",
        };
    }
}
