using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts;
using Pms.Contracts.Events;
using Pms.Patients.Dtos;
using Pms.Patients.Model;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;
using Pms.Testing.Fhir;
using R4 = Hl7.Fhir.Model;

namespace Pms.Patients.Tests;

/// <summary>Merging a duplicate record into the surviving one, and undoing it.</summary>
public sealed class PatientMergeTests(PatientsApp app)
{
    private readonly Clinic _clinic = new(app);
    private readonly HttpClient _admin = app.ClientFor(Guid.NewGuid(), PmsRoles.Admin);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task TheSurvivorKeepsThePickedDetailsAndGainsTheDuplicatesAppointmentsDocumentsAndIdentifiers()
    {
        await _clinic.OpenAsync();
        var survivor = await RecordAsync("+442079460018", new PatientIdentifier(IdentifierKind.NationalId, NewValue("NI")));
        var duplicate = await RecordAsync("+442079460099", new PatientIdentifier(IdentifierKind.Passport, NewValue("")), account: Guid.NewGuid());
        var appointment = await _clinic.BookedAsync(_clinic.Staff, Clinic.At(Clinic.FutureDay, 9), duplicate.Id);
        var document = await DocumentAsync(duplicate.Id);

        var merging = await app.TrackAsync(async () =>
        {
            using var merged = await _clinic.Staff.PostAsJsonAsync($"/api/patients/{survivor.Id}/merge",
                new MergeRequest(duplicate.Id, ["phoneNumber"], survivor.Version, duplicate.Version), Cancellation);
            Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
        });

        var kept = await ReadAsync(survivor.Id);
        var replaced = await ReadAsync(duplicate.Id);
        Assert.Equal(("+442079460099", duplicate.AuthUserId), (kept.PhoneNumber, kept.Identifiers.Count == 2 ? duplicate.AuthUserId : null));
        Assert.Equal([IdentifierKind.NationalId, IdentifierKind.Passport], kept.Identifiers.Select(identifier => identifier.Type).Order());
        Assert.Equal((false, (Guid?)survivor.Id, 0), (replaced.Active, replaced.ReplacedBy, replaced.Identifiers.Count));
        await using var db = app.Db();
        Assert.Equal(survivor.Id, (await db.Appointments.SingleAsync(candidate => candidate.Id == appointment.Id, Cancellation)).PatientId);
        Assert.Equal(survivor.Id, (await db.Documents.SingleAsync(candidate => candidate.Id == document, Cancellation)).PatientId);
        Assert.Equal(survivor.Id, (await db.Patients.SingleAsync(candidate => candidate.AuthUserId == duplicate.AuthUserId, Cancellation)).Id);
        var published = Assert.Single(merging.Sent.MessagesOf<PatientsMerged>(), merged => merged.DuplicateId == duplicate.Id);
        Assert.Equal(survivor.Id, published.SurvivorId);
    }

    [TimedFact]
    public async Task TheDuplicateReadByIdPointsAtTheSurvivorAlsoInFhirAndIsNoLongerFound()
    {
        var lastName = $"Twice{Guid.NewGuid():N}"[..20];
        var survivor = await RecordAsync(null, lastName: lastName);
        var duplicate = await RecordAsync(null, lastName: lastName);
        await MergedAsync(survivor, duplicate);

        var patient = FhirValidation.ParseValid<R4.Patient>(await _clinic.Staff.GetStringAsync($"/fhir/Patient/{duplicate.Id}", Cancellation));
        var found = await _clinic.Staff.GetFromJsonAsync<Pms.ServiceDefaults.Apis.PagedResult<PatientDto>>($"/api/patients?search={duplicate.LastName}", ServiceJson.Options, Cancellation);

        var link = Assert.Single(patient.Link);
        Assert.Equal((R4.Patient.LinkType.ReplacedBy, $"Patient/{survivor.Id}", false), (link.Type, link.Other.Reference, patient.Active));
        Assert.Equal([survivor.Id], found!.Items.Select(record => record.Id));
    }

    [TimedFact]
    public async Task InFhirTheSurvivorReplacesTheDuplicateWhileTheMergeStands()
    {
        var lastName = $"Twice{Guid.NewGuid():N}"[..20];
        var survivor = await RecordAsync(null, lastName: lastName);
        var duplicate = await RecordAsync(null, lastName: lastName);
        var merge = await MergedAsync(survivor, duplicate);

        var read = FhirValidation.ParseValid<R4.Patient>(await _clinic.Staff.GetStringAsync($"/fhir/Patient/{survivor.Id}", Cancellation));
        var searched = FhirValidation.ParseValid<R4.Bundle>(await _clinic.Staff.GetStringAsync($"/fhir/Patient?family={lastName}", Cancellation));
        using (var undone = await _admin.PostAsync($"/api/patients/merges/{merge.Id}/undo", null, Cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        }

        var afterUndo = FhirValidation.ParseValid<R4.Patient>(await _clinic.Staff.GetStringAsync($"/fhir/Patient/{survivor.Id}", Cancellation));

        var link = Assert.Single(read.Link);
        Assert.Equal((R4.Patient.LinkType.Replaces, $"Patient/{duplicate.Id}"), (link.Type, link.Other.Reference));
        var inSearch = Assert.Single(searched.Entry.Select(entry => entry.Resource).OfType<R4.Patient>(), found => found.Id == survivor.Id.ToString());
        Assert.Equal([$"Patient/{duplicate.Id}"], inSearch.Link.Select(replaced => replaced.Other.Reference));
        Assert.Empty(afterUndo.Link);
    }

    [TimedFact]
    public async Task AnAdministratorUndoesAMergeAndBothRecordsAreAsTheyWere()
    {
        await _clinic.OpenAsync();
        var survivor = await RecordAsync("+442079460018", new PatientIdentifier(IdentifierKind.NationalId, NewValue("NI")));
        var duplicate = await RecordAsync("+442079460099", new PatientIdentifier(IdentifierKind.Passport, NewValue("")), account: Guid.NewGuid());
        var appointment = await _clinic.BookedAsync(_clinic.Staff, Clinic.At(Clinic.FutureDay, 10), duplicate.Id);
        var merge = await MergedAsync(survivor, duplicate, "phoneNumber");

        using var byStaff = await _clinic.Staff.PostAsync($"/api/patients/merges/{merge.Id}/undo", null, Cancellation);
        var undoing = await app.TrackAsync(async () =>
        {
            using var undone = await _admin.PostAsync($"/api/patients/merges/{merge.Id}/undo", null, Cancellation);
            Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        });
        using var again = await _admin.PostAsync($"/api/patients/merges/{merge.Id}/undo", null, Cancellation);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Conflict), (byStaff.StatusCode, again.StatusCode));
        var (kept, restored) = (await ReadAsync(survivor.Id), await ReadAsync(duplicate.Id));
        Assert.Equal("+442079460018", kept.PhoneNumber);
        Assert.Equal([IdentifierKind.NationalId], kept.Identifiers.Select(identifier => identifier.Type));
        Assert.Equal((true, (Guid?)null, "+442079460099", true), (restored.Active, restored.ReplacedBy, restored.PhoneNumber, restored.HasAccount));
        Assert.Equal([IdentifierKind.Passport], restored.Identifiers.Select(identifier => identifier.Type));
        await using var db = app.Db();
        Assert.Equal(duplicate.Id, (await db.Appointments.SingleAsync(candidate => candidate.Id == appointment.Id, Cancellation)).PatientId);
        Assert.Single(undoing.Sent.MessagesOf<PatientMergeUndone>(), undone => undone.MergeId == merge.Id);
    }

    [TimedFact]
    public async Task AMergeOlderThanTheWindowCannotBeUndone()
    {
        var merge = await MergedAsync(await RecordAsync(null), await RecordAsync(null));
        await using (var db = app.Db())
        {
            await db.PatientMerges.Where(candidate => candidate.Id == merge.Id)
                .ExecuteUpdateAsync(update => update.SetProperty(candidate => candidate.MergedAt, DateTimeOffset.UtcNow.AddDays(-31)), Cancellation);
        }

        using var undone = await _admin.PostAsync($"/api/patients/merges/{merge.Id}/undo", null, Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, undone.StatusCode);
    }

    [TimedFact]
    public async Task TwoRecordsWithTheirOwnAccountsAreNotMergedAndNothingChanges()
    {
        var survivor = await RecordAsync(null, account: Guid.NewGuid());
        var duplicate = await RecordAsync(null, account: Guid.NewGuid());

        using var merged = await _clinic.Staff.PostAsJsonAsync($"/api/patients/{survivor.Id}/merge", new MergeRequest(duplicate.Id, []), Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, merged.StatusCode);
        Assert.Equal((true, (Guid?)null), ((await ReadAsync(duplicate.Id)).Active, (await ReadAsync(duplicate.Id)).ReplacedBy));
    }

    [TimedTheory]
    [InlineData("self", "duplicateId")]
    [InlineData("shoeSize", "takeFromDuplicate")]
    public async Task AMergeRequestThatIsNotOneIsRefusedNamingTheField(string problem, string field)
    {
        var survivor = await RecordAsync(null);
        var duplicate = problem == "self" ? survivor : await RecordAsync(null);

        using var merged = await _clinic.Staff.PostAsJsonAsync($"/api/patients/{survivor.Id}/merge", new MergeRequest(duplicate.Id, [problem]), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, merged.StatusCode);
        Assert.Contains(field, await merged.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    private async Task<PatientMergeDto> MergedAsync(Patient survivor, Patient duplicate, params string[] takeFromDuplicate)
    {
        using var merged = await _clinic.Staff.PostAsJsonAsync($"/api/patients/{survivor.Id}/merge", new MergeRequest(duplicate.Id, takeFromDuplicate), Cancellation);
        Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
        return (await merged.Content.ReadFromJsonAsync<PatientMergeDto>(ServiceJson.Options, Cancellation))!;
    }

    private async Task<PatientDto> ReadAsync(Guid id) =>
        (await _clinic.Staff.GetFromJsonAsync<PatientDto>($"/api/patients/{id}", ServiceJson.Options, Cancellation))!;

    private static string NewValue(string prefix) => $"{prefix}{Random.Shared.Next(100_000_000, 999_999_999)}";

    private async Task<Patient> RecordAsync(string? phone, PatientIdentifier? identifier = null, Guid? account = null, string? lastName = null)
    {
        var patient = Patient.Register(
            Guid.NewGuid(), $"PMS-{Random.Shared.Next(10_000_000, 99_999_999)}-8", "Abena", lastName ?? $"Merge{Guid.NewGuid():N}"[..20], new DateOnly(1988, 8, 8), Sex.Female,
            phone, null, DateTimeOffset.UtcNow, authUserId: account);
        patient.Identifiers = identifier is null ? [] : [identifier];
        // A pending fee would be charged by the background job meanwhile, changing the record under the merge.
        patient.RegistrationFeeStatus = FeeStatus.Charged;
        await using var db = app.Db();
        db.Patients.Add(patient);
        await db.SaveChangesAsync(Cancellation);
        return patient;
    }

    private async Task<Guid> DocumentAsync(Guid patientId)
    {
        var document = new PatientDocument
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            Title = "Referral letter",
            Kind = DocumentKind.Other,
            DocumentDate = new DateOnly(2026, 11, 2),
            FileName = "referral.pdf",
            ContentType = "application/pdf",
            SizeBytes = 500,
            Sha256 = new string('1', 64),
            UploadedBy = patientId,
            UploadedAt = DateTimeOffset.UtcNow,
        };
        await using var db = app.Db();
        db.Documents.Add(document);
        await db.SaveChangesAsync(Cancellation);
        return document.Id;
    }
}
