using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Pms.Contracts;
using Pms.Patients.Dtos;
using Pms.Patients.Model;
using Pms.Patients.Tests.Infrastructure;
using Pms.ServiceDefaults.Apis;
using Pms.Testing;
using Pms.Testing.Fhir;
using R4 = Hl7.Fhir.Model;

namespace Pms.Patients.Tests;

/// <summary>Identifiers besides the MRN, active and deceased status, preferred language: recorded, searched, shown in FHIR.</summary>
public sealed class PatientIdentityTests(PatientsApp app)
{
    private readonly HttpClient _staff = app.ClientFor(Guid.NewGuid(), PmsRoles.Staff);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task AWalkInsIdentifiersAreKeptAndFindItByAnyOfThemAlsoThroughFhir()
    {
        var (nationalId, passport) = (NewNationalId(), NewPassport());
        var registered = await RegisteredAsync(Details() with
        {
            Identifiers = [new("NationalId", nationalId.ToLowerInvariant()), new("Passport", passport)],
            PreferredLanguage = "tw",
        });

        var record = await _staff.GetFromJsonAsync<PatientDto>($"/api/patients/{registered.Id}", ServiceJson.Options, Cancellation);
        var found = await _staff.GetFromJsonAsync<PagedResult<PatientDto>>($"/api/patients?search={passport}", ServiceJson.Options, Cancellation);
        var fhir = FhirValidation.ParseValid<R4.Bundle>(await _staff.GetStringAsync($"/fhir/Patient?identifier=urn:pms:national-id|{nationalId}", Cancellation));

        Assert.Equal([new IdentifierDto(IdentifierKind.NationalId, nationalId), new IdentifierDto(IdentifierKind.Passport, passport)], record!.Identifiers);
        Assert.Equal(("tw", true, (DateOnly?)null), (record.PreferredLanguage, record.Active, record.DeceasedOn));
        Assert.Equal(registered.Id, Assert.Single(found!.Items).Id);
        var patient = (R4.Patient)Assert.Single(fhir.Entry).Resource!;
        Assert.Equal(["urn:pms:mrn", "urn:pms:national-id", "urn:pms:passport"], patient.Identifier.Select(identifier => identifier.System));
        Assert.Equal(("NI", "tw"), (patient.Identifier[1].Type?.Coding.Single().Code, patient.Communication.Single().Language.Coding.Single().Code));
    }

    [TimedFact]
    public async Task ASearchFindsEveryNameContainingTheTermAndTheRecordHoldingItAsAnIdentifierSortedByName()
    {
        var term = new string([.. Enumerable.Range(0, 9).Select(_ => (char)('q' + Random.Shared.Next(8)))]);
        var passportHolder = await RegisteredAsync(Details() with { FirstName = "Ama", LastName = "Zulu", Identifiers = [new("Passport", term)] });
        var later = await RegisteredAsync(Details() with { FirstName = "Kofi", LastName = $"B{term}son" });
        var earlier = await RegisteredAsync(Details() with { FirstName = "Yaw", LastName = $"A{term}" });
        var sameSurnameFirst = await RegisteredAsync(Details() with { FirstName = "Abena", LastName = $"A{term}" });

        var found = await _staff.GetFromJsonAsync<PagedResult<PatientDto>>($"/api/patients?search={term[1..]}", ServiceJson.Options, Cancellation);
        var byIdentifierToo = await _staff.GetFromJsonAsync<PagedResult<PatientDto>>($"/api/patients?search={term}", ServiceJson.Options, Cancellation);

        Assert.Equal([sameSurnameFirst.Id, earlier.Id, later.Id], found!.Items.Select(patient => patient.Id));
        Assert.Equal(3, found.TotalCount);
        Assert.Equal([sameSurnameFirst.Id, earlier.Id, later.Id, passportHolder.Id], byIdentifierToo!.Items.Select(patient => patient.Id));
        Assert.Equal(4, byIdentifierToo.TotalCount);
    }

    [TimedFact]
    public async Task AnIdentifierAlreadyOnAnotherRecordIsRefusedNamingThatRecordAndNothingIsSaved()
    {
        var nationalId = NewNationalId();
        var first = await RegisteredAsync(Details() with { Identifiers = [new("NationalId", nationalId)] });
        var lastName = $"Second{Guid.NewGuid():N}"[..20];

        using var second = await _staff.PostAsJsonAsync("/api/patients?allowDuplicate=true",
            Details() with { LastName = lastName, Identifiers = [new("NationalId", nationalId)] }, Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        Assert.Contains(first.Mrn, problem!.Title, StringComparison.Ordinal);
        await using var db = app.Db();
        Assert.False(db.Patients.Any(patient => patient.LastName == lastName));
    }

    [TimedFact]
    public async Task StaffRecordADeathAndAnInactiveRecordAndFhirSaysSo()
    {
        var registered = await RegisteredAsync(Details());

        using var updated = await _staff.PutAsJsonAsync($"/api/patients/{registered.Id}",
            Details() with { DeceasedOn = new DateOnly(2026, 11, 1), Active = false }, Cancellation);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var patient = FhirValidation.ParseValid<R4.Patient>(await _staff.GetStringAsync($"/fhir/Patient/{registered.Id}", Cancellation));
        Assert.Equal((false, "2026-11-01"), (patient.Active, ((R4.FhirDateTime)patient.Deceased!).Value));
    }

    [TimedFact]
    public async Task APatientMayNotChangeTheirOwnIdentifiers()
    {
        var accountId = Guid.NewGuid();
        var registered = await RegisteredAsync(Details());
        await using (var db = app.Db())
        {
            var record = await db.Patients.FindAsync([registered.Id], Cancellation);
            record!.AuthUserId = accountId;
            await db.SaveChangesAsync(Cancellation);
        }

        using var patient = app.ClientFor(accountId, PmsRoles.Patient);
        using var changed = await patient.PutAsJsonAsync($"/api/patients/{registered.Id}", Details() with { Identifiers = [new("Passport", NewPassport())] }, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, changed.StatusCode);
    }

    [TimedFact]
    public async Task APatientChangingTheirPhoneSendsBackTheirIdentifiersInAnyOrder()
    {
        var accountId = Guid.NewGuid();
        var identifiers = new IdentifierRequest[] { new("NationalId", NewNationalId()), new("Passport", NewPassport()) };
        var registered = await RegisteredAsync(Details() with { Identifiers = identifiers });
        await using (var db = app.Db())
        {
            var record = await db.Patients.FindAsync([registered.Id], Cancellation);
            record!.AuthUserId = accountId;
            await db.SaveChangesAsync(Cancellation);
        }

        using var patient = app.ClientFor(accountId, PmsRoles.Patient);
        var own = await patient.GetFromJsonAsync<PatientDto>($"/api/patients/{registered.Id}", ServiceJson.Options, Cancellation);
        using var changed = await patient.PutAsJsonAsync($"/api/patients/{registered.Id}", Details() with
        {
            LastName = own!.LastName,
            PhoneNumber = "+442079460018",
            Identifiers = [.. own.Identifiers.Reverse().Select(identifier => new IdentifierRequest(identifier.Type.ToString(), identifier.Value))],
        }, Cancellation);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [TimedFact]
    public async Task TheKindsOfIdentifierAreListedWithTheirFormat()
    {
        var types = (await _staff.GetFromJsonAsync<List<IdentifierTypeDto>>("/api/patients/identifier-types", ServiceJson.Options, Cancellation))!;

        Assert.Equal([IdentifierKind.NationalId, IdentifierKind.InsuranceMemberId, IdentifierKind.Passport], types.Select(type => type.Type));
        Assert.All(types, type => Assert.False(string.IsNullOrEmpty(type.Example)));
    }

    private static PatientDetailsRequest Details() => new(
        "Efua", $"Mensah{Guid.NewGuid():N}"[..20], new DateOnly(1979, 5, 2), "Female", null, null, null, null);

    private static string NewNationalId() => $"NI{Random.Shared.Next(10_000_000, 99_999_999)}";

    private static string NewPassport() => $"{Random.Shared.Next(100_000_000, 999_999_999)}";

    private async Task<RegisteredPatientResponse> RegisteredAsync(PatientDetailsRequest details)
    {
        using var response = await _staff.PostAsJsonAsync("/api/patients?allowDuplicate=true", details, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RegisteredPatientResponse>(ServiceJson.Options, Cancellation))!;
    }
}
