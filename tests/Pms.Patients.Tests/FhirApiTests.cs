using System.Net;
using Hl7.Fhir.Model;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Patients.Fhir;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;
using Pms.Testing.Fhir;
using ModelAddress = Pms.Patients.Model.Address;
using ModelPatient = Pms.Patients.Model.Patient;
using PatientDocument = Pms.Patients.Model.PatientDocument;
using Task = System.Threading.Tasks.Task;

namespace Pms.Patients.Tests;

/// <summary>
/// patient-service's FHIR R4 API: every answer parses strictly and validates against the base R4 profiles, searches page,
/// and the same ownership rules hold as in the rest of the API.
/// </summary>
public sealed class FhirApiTests(PatientsApp app)
{
    private readonly Clinic _clinic = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task TheCapabilityStatementIsPublicValidAndListsEveryResourceServed()
    {
        using var anonymous = app.CreateClient();

        var statement = await anonymous.ReadFhirAsync<CapabilityStatement>("/fhir/metadata");

        Assert.Equal(FHIRVersion.N4_0_1, statement.FhirVersion);
        Assert.Equal(
            ["Appointment", "DocumentReference", "Invoice", "Patient", "Practitioner", "Schedule", "Slot"],
            statement.Rest.Single().Resource.Select(resource => resource.Type).Order());
    }

    [TimedFact]
    public async Task APatientReadsTheirOwnRecordAsAFhirPatientWithTheMrnAndContactDetails()
    {
        var (patient, client) = await FullPatientAsync();

        var resource = await client.ReadFhirAsync<Patient>($"/fhir/Patient/{patient.Id}");

        Assert.Equal((PatientResources.MrnSystem, patient.Mrn), (resource.Identifier.Single().System, resource.Identifier.Single().Value));
        Assert.Equal(("Kowalczyk", "Zofia", "1984-03-27", AdministrativeGender.Female),
            (resource.Name.Single().Family, resource.Name.Single().Given.Single(), resource.BirthDate, resource.Gender));
        Assert.Equal(["+442079460018", "zofia@example.org"], resource.Telecom.Select(contact => contact.Value));
        Assert.Equal(("London", "Jan Kowalczyk"), (resource.Address.Single().City, resource.Contact.Single().Name!.Text));
    }

    [TimedFact]
    public async Task APatientReadingAnotherPatientsRecordIsToldItIsNotKnown()
    {
        var (other, _) = await FullPatientAsync();
        var (_, client) = await _clinic.PatientAsync();

        var outcome = await client.ReadFhirAsync<OperationOutcome>($"/fhir/Patient/{other.Id}", HttpStatusCode.NotFound);

        Assert.Equal(OperationOutcome.IssueType.NotFound, outcome.Issue.Single().Code);
    }

    [TimedFact]
    public async Task WithoutAFhirScopeOrWithoutATokenTheAnswerIsAnOperationOutcome()
    {
        using var service = app.ServiceClientFor(ResourceNames.Billing);
        using var anonymous = app.CreateClient();

        var forbidden = await service.ReadFhirAsync<OperationOutcome>("/fhir/Patient", HttpStatusCode.Forbidden);
        var unauthenticated = await anonymous.ReadFhirAsync<OperationOutcome>("/fhir/Patient", HttpStatusCode.Unauthorized);

        Assert.Equal((OperationOutcome.IssueType.Forbidden, OperationOutcome.IssueType.Login), (forbidden.Issue.Single().Code, unauthenticated.Issue.Single().Code));
    }

    [TimedFact]
    public async Task StaffFindAPatientByIdentifierNameBirthDatePhoneAndEmail()
    {
        var (patient, _) = await FullPatientAsync();

        foreach (var query in new[]
        {
            $"identifier={PatientResources.MrnSystem}|{patient.Mrn}", $"identifier={patient.Mrn}", $"_id={patient.Id}",
            $"family={patient.LastName}&given=zof&birthdate=1984-03-27", $"name={patient.LastName}%20zofia",
            "phone=%2B44%2020%207946%200018&email=ZOFIA@example.org&family=" + patient.LastName,
        })
        {
            var bundle = await _clinic.Staff.ReadFhirAsync<Bundle>($"/fhir/Patient?{query}");
            Assert.True(Resources<Patient>(bundle).Any(found => found.Id == patient.Id.ToString()), $"Not found by {query}.");
        }

        var elsewhere = await _clinic.Staff.ReadFhirAsync<Bundle>($"/fhir/Patient?identifier=urn:other|{patient.Mrn}");
        Assert.Equal(0, elsewhere.Total);
    }

    [TimedFact]
    public async Task ASearchPagesWithNextAndPreviousLinks()
    {
        var family = $"Paging{Guid.NewGuid():N}"[..20];
        for (var patient = 0; patient < 3; patient++)
        {
            await FullPatientAsync(family);
        }

        var first = await _clinic.Staff.ReadFhirAsync<Bundle>($"/fhir/Patient?family={family}&_count=2");
        var next = first.Link.Single(link => link.Relation == "next").Url!;
        var second = await _clinic.Staff.ReadFhirAsync<Bundle>(new Uri(next).PathAndQuery);

        Assert.Equal((3, 2, 1), (first.Total, first.Entry.Count, second.Entry.Count));
        Assert.Contains("_offset=2", next, StringComparison.Ordinal);
        Assert.Contains(second.Link, link => link.Relation == "previous");
        Assert.DoesNotContain(second.Link, link => link.Relation == "next");
    }

    [TimedTheory]
    [InlineData("/fhir/Patient?_count=0")]
    [InlineData("/fhir/Patient?birthdate=27-03-1984")]
    [InlineData("/fhir/Patient?address=London")]
    [InlineData("/fhir/Appointment?status=arrived")]
    [InlineData("/fhir/Slot?start=2026-12-07")]
    public async Task ASearchItCannotAnswerIsRefusedWithAnOperationOutcome(string url)
    {
        var outcome = await _clinic.Staff.ReadFhirAsync<OperationOutcome>(url, HttpStatusCode.BadRequest);

        Assert.Equal(OperationOutcome.IssueType.Invalid, outcome.Issue.Single().Code);
    }

    [TimedFact]
    public async Task ADoctorsPractitionerScheduleSlotsAndAppointmentsAreValidFhir()
    {
        await _clinic.OpenAsync();
        var (patientId, patient) = await _clinic.PatientAsync();
        var booked = await _clinic.BookedAsync(patient, Clinic.At(Clinic.FutureDay, 10));

        var practitioner = await patient.ReadFhirAsync<Practitioner>($"/fhir/Practitioner/{_clinic.DoctorId}");
        var schedule = await patient.ReadFhirAsync<Bundle>($"/fhir/Schedule?actor=Practitioner/{_clinic.DoctorId}");
        var slots = await patient.ReadFhirAsync<Bundle>($"/fhir/Slot?schedule=Schedule/{_clinic.DoctorId}&start={Clinic.FutureDay:yyyy-MM-dd}");
        var busy = Resources<Slot>(slots).Single(slot => slot.Status == Slot.SlotStatus.Busy);
        var slot = await patient.ReadFhirAsync<Slot>($"/fhir/Slot/{busy.Id}");
        var appointments = await patient.ReadFhirAsync<Bundle>($"/fhir/Appointment?patient=Patient/{patientId}&status=booked");

        Assert.Equal("Lovelace", practitioner.Name.Single().Family);
        Assert.Equal(_clinic.DoctorId.ToString(), Resources<Schedule>(schedule).Single().Id);
        Assert.Equal((6, Clinic.At(Clinic.FutureDay, 10)), (slots.Total, slot.Start));
        var appointment = Resources<Appointment>(appointments).Single();
        Assert.Equal((booked.Id.ToString(), Appointment.AppointmentStatus.Booked), (appointment.Id, appointment.Status));
        Assert.Equal([$"Patient/{patientId}", $"Practitioner/{_clinic.DoctorId}"], appointment.Participant.Select(participant => participant.Actor?.Reference));
    }

    [TimedFact]
    public async Task ADoctorSeesOnlyTheirOwnDiaryThroughFhirAsInTheRestOfTheApi()
    {
        await _clinic.OpenAsync();
        var (patientId, patient) = await _clinic.PatientAsync();
        var booked = await _clinic.BookedAsync(patient, Clinic.At(Clinic.FutureDay, 11));
        using var otherDoctor = app.ClientFor(Guid.NewGuid(), PmsRoles.Doctor);

        var own = await _clinic.Doctor.ReadFhirAsync<Appointment>($"/fhir/Appointment/{booked.Id}");
        var others = await otherDoctor.ReadFhirAsync<Bundle>($"/fhir/Appointment?patient={patientId}");

        Assert.Equal((booked.Id.ToString(), 0), (own.Id, others.Total));
    }

    [TimedFact]
    public async Task ADocumentIsADocumentReferencePointingAtItsDownload()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var document = await DocumentAsync(patientId);

        var bundle = await patient.ReadFhirAsync<Bundle>($"/fhir/DocumentReference?patient=Patient/{patientId}");

        var reference = Resources<DocumentReference>(bundle).Single();
        Assert.Equal(document.Id.ToString(), reference.Id);
        Assert.EndsWith($"/api/patients/{patientId}/documents/{document.Id}/content", reference.Content.Single().Attachment.Url, StringComparison.Ordinal);
        Assert.Equal("11502-2", reference.Type?.Coding.Single().Code);
    }

    [TimedFact]
    public async Task EverythingAboutAPatientIsOneBundleWithTheInvoicesBillingGivesTheCaller()
    {
        await _clinic.OpenAsync();
        var (patientId, patient) = await _clinic.PatientAsync();
        await _clinic.BookedAsync(patient, Clinic.At(Clinic.FutureDay, 9, 30));
        await DocumentAsync(patientId);

        var everything = await patient.ReadFhirAsync<Bundle>($"/fhir/Patient/{patientId}/$everything");

        Assert.Equal(
            ["Appointment", "DocumentReference", "Invoice", "Patient", "Practitioner"],
            Resources<Resource>(everything).Select(resource => resource.TypeName).Order());
        Assert.Equal(FakeBillingInvoices.InvoiceIdOf(patientId), Resources<Invoice>(everything).Single().Id);
        Assert.Equal(patient.DefaultRequestHeaders.Authorization!.ToString(), app.Invoices.AuthorizationFor(patientId));
    }

    [TimedFact]
    public async Task EverythingIsRefusedRatherThanAnsweredWithoutTheInvoicesWhenBillingIsDown()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        app.Invoices.TakeDownFor(patientId);

        var outcome = await patient.ReadFhirAsync<OperationOutcome>($"/fhir/Patient/{patientId}/$everything", HttpStatusCode.ServiceUnavailable);

        Assert.Contains("billing-service", outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    [TimedFact]
    public async Task ReadingAPatientThroughFhirIsAudited()
    {
        var (patientId, patient) = await _clinic.PatientAsync();

        var reading = await app.TrackAsync(() => patient.ReadFhirAsync<Patient>($"/fhir/Patient/{patientId}"));

        // Other tests run beside this one: their records are told apart by the patient they name.
        var record = Assert.Single(reading.Sent.MessagesOf<AuditRecorded>(), record => record.ResourceType == AuditResources.Patient && record.PatientIds.Contains(patientId));
        Assert.Equal((AuditActions.Read, patientId.ToString(), patientId), (record.Action, record.ResourceId, record.PatientIds.Single()));
    }

    private async Task<(ModelPatient Patient, HttpClient Client)> FullPatientAsync(string lastName = "Kowalczyk")
    {
        var accountId = Guid.NewGuid();
        var patient = ModelPatient.Register(
            Guid.NewGuid(), $"PMS-{Random.Shared.Next(10_000_000, 99_999_999)}-9", "Zofia", lastName, new DateOnly(1984, 3, 27), Model.Sex.Female,
            "+442079460018", "zofia@example.org", DateTimeOffset.UtcNow, new ModelAddress("1 Baker Street", null, "London", null, "NW1 6XE", "GB"),
            new Model.EmergencyContact("Jan Kowalczyk", "Brother", "+442079460019"), accountId);
        await using var db = app.Db();
        db.Patients.Add(patient);
        await db.SaveChangesAsync(Cancellation);
        return (patient, app.ClientFor(accountId, PmsRoles.Patient));
    }

    private async Task<PatientDocument> DocumentAsync(Guid patientId)
    {
        var document = new PatientDocument
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            Title = "Full blood count",
            Kind = Model.DocumentKind.LabResult,
            DocumentDate = new DateOnly(2026, 11, 30),
            FileName = "fbc.pdf",
            ContentType = "application/pdf",
            SizeBytes = 1_000,
            Sha256 = new string('0', 64),
            UploadedBy = patientId,
            UploadedAt = DateTimeOffset.UtcNow,
        };
        await using var db = app.Db();
        db.Documents.Add(document);
        await db.SaveChangesAsync(Cancellation);
        return document;
    }

    private static List<T> Resources<T>(Bundle bundle) where T : Resource => [.. bundle.Entry.Select(entry => entry.Resource).OfType<T>()];
}
