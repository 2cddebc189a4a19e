using System.Net.Http.Headers;
using System.Security.Claims;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Pms.Contracts.Audit;
using Pms.Patients.Fhir;
using Pms.Patients.Infrastructure;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Fhir;

namespace Pms.Patients.Apis;

/// <summary>FHIR R4: the CapabilityStatement of all of PMS's FHIR API, and patients, their documents and everything about them.</summary>
public static class FhirPatientsApi
{
    public static IEndpointRouteBuilder MapFhirPatientsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{FhirPaths.Root}/metadata", Metadata)
            .AllowAnonymous()
            .WithTags("FHIR")
            .WithName("FhirCapabilityStatement")
            .WithSummary("What PMS's FHIR R4 API serves, for every service that serves it.");

        var fhir = app.MapGroup(FhirPaths.Root).WithTags("FHIR").RequireAuthorization(FhirExtensions.ReadPolicy).Audited();
        fhir.MapGet("/Patient/{id}", ReadPatient).WithName("FhirReadPatient").WithSummary("A patient's record; a patient reads only their own.");
        fhir.MapGet("/Patient", SearchPatients).WithName("FhirSearchPatients").WithSummary("Patients by id, identifier, name, birth date, phone or e-mail.");
        fhir.MapGet("/Patient/{id}/$everything", Everything)
            .WithName("FhirPatientEverything")
            .WithSummary("The patient and their appointments, doctors, documents and invoices, in one Bundle.");
        fhir.MapGet("/DocumentReference/{id}", ReadDocument).WithName("FhirReadDocumentReference").WithSummary("A document on a patient's record.");
        fhir.MapGet("/DocumentReference", SearchDocuments).WithName("FhirSearchDocumentReferences").WithSummary("Documents by id or patient.");
        return app;
    }

    public static FhirResourceResult Metadata(HttpRequest request) =>
        FhirResults.Resource(FhirCapabilities.Statement(FhirPaths.BaseUrl(request)));

    public static async Task<FhirResourceResult> ReadPatient(
        string id, ClaimsPrincipal user, PatientDbContext db, IOptions<IdentifierOptions> identifiers, AuditTrail audit, CancellationToken cancellationToken)
    {
        var patientId = FhirSearchValues.Id(id);
        var patient = patientId is null ? null
            : await db.Patients.AsNoTracking().VisibleTo(Caller.From(user)).SingleOrDefaultAsync(candidate => candidate.Id == patientId, cancellationToken);
        audit.Record(AuditActions.Read, AuditResources.Patient, patientId, patientId);
        if (patient is null)
        {
            return FhirResults.NotFound("Patient", id);
        }

        var replaced = await db.ReplacedByAsync([patient.Id], cancellationToken);
        return FhirResults.Resource(PatientResources.From(patient, identifiers.Value, replaced[patient.Id]));
    }

    public static async Task<FhirResourceResult> SearchPatients(
        HttpRequest request, ClaimsPrincipal user, PatientResourceSearch search, PatientDbContext db, IOptions<IdentifierOptions> identifiers,
        AuditTrail audit, CancellationToken cancellationToken)
    {
        var (page, pageError) = FhirPage.ForSearch(request.Query, ResourceType.Patient);
        var (matches, error) = search.Find(request.Query, Caller.From(user));
        if (page is null || matches is null)
        {
            return FhirResults.Invalid(pageError ?? error!);
        }

        var (patients, total) = await matches.ToSliceAsync(page.Offset, page.Count, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.Patient, null, patients.Select(patient => patient.Id));
        var replaced = await db.ReplacedByAsync([.. patients.Select(patient => patient.Id)], cancellationToken);
        return FhirResults.Resource(Searchset.Of(request, patients.Select(patient => PatientResources.From(patient, identifiers.Value, replaced[patient.Id])), total, page));
    }

    public static async Task<FhirResourceResult> Everything(
        string id, HttpRequest request, ClaimsPrincipal user, PatientEverything everything, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (FhirSearchValues.Id(id) is not { } patientId)
        {
            return FhirResults.NotFound("Patient", id);
        }

        audit.Record(AuditActions.Read, AuditResources.Patient, patientId, patientId);
        var outcome = await everything.CollectAsync(
            patientId, Caller.From(user), AuthenticationHeaderValue.Parse(request.Headers[HeaderNames.Authorization].ToString()), FhirPaths.Origin(request), cancellationToken);
        return outcome.Match(
            found => FhirResults.Resource(Searchset.Of(request, [found.Patient], 1, null, found.Related)),
            errors => throw new InvalidOperationException($"$everything has no input to validate: {string.Join(", ", errors.Keys)}."),
            FhirResults.Refused);
    }

    public static async Task<FhirResourceResult> ReadDocument(
        string id, HttpRequest request, ClaimsPrincipal user, PatientDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var documentId = FhirSearchValues.Id(id);
        var document = documentId is null ? null : await VisibleDocuments(db, Caller.From(user)).SingleOrDefaultAsync(candidate => candidate.Id == documentId, cancellationToken);
        audit.Record(AuditActions.Read, AuditResources.Document, documentId, document?.PatientId);
        return document is null ? FhirResults.NotFound("DocumentReference", id) : FhirResults.Resource(DocumentResources.From(document, FhirPaths.Origin(request)));
    }

    public static async Task<FhirResourceResult> SearchDocuments(
        HttpRequest request, ClaimsPrincipal user, PatientDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var (page, pageError) = FhirPage.ForSearch(request.Query, ResourceType.DocumentReference);
        var (matches, error) = FhirSearch.Apply(VisibleDocuments(db, Caller.From(user)), request.Query, (documents, name, value) => name switch
        {
            "_id" when FhirSearchValues.Id(value) is { } documentId => (documents.Where(document => document.Id == documentId), null),
            "_id" => (null, "_id must be a document id."),
            "patient" when FhirSearchValues.Reference(value, "Patient") is { } patientId => (documents.Where(document => document.PatientId == patientId), null),
            "patient" => (null, "patient must be Patient/{id}."),
            _ => (documents, (string?)null),
        });
        if (page is null || matches is null)
        {
            return FhirResults.Invalid(pageError ?? error!);
        }

        var (documents, total) = await matches.OrderByDescending(document => document.UploadedAt).ThenBy(document => document.Id)
            .ToSliceAsync(page.Offset, page.Count, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.Document, null, documents.Select(document => document.PatientId).Distinct());
        var origin = FhirPaths.Origin(request);
        return FhirResults.Resource(Searchset.Of(request, documents.Select(document => DocumentResources.From(document, origin)), total, page));
    }

    private static IQueryable<Model.PatientDocument> VisibleDocuments(PatientDbContext db, Caller caller)
    {
        var reachable = db.Patients.VisibleTo(caller).Select(patient => patient.Id);
        return db.Documents.AsNoTracking().Where(document => reachable.Contains(document.PatientId));
    }
}
