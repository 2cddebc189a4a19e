using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pms.Contracts.Audit;
using Pms.Contracts.Documents;
using Pms.Patients.Dtos;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Apis;

public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/patients/{patientId:guid}/documents").WithTags("Documents")
            .RequireAuthorization(PmsPolicies.AnyPerson).Audited();

        api.MapPost("/", Upload)
            .WithMetadata(new RequestSizeLimitAttribute(DocumentLimits.MaxUploadRequestBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadDocument")
            .WithSummary("Uploads a report (multipart/form-data: file, title, kind, documentDate): PDF, PNG or JPEG by content, up to 20 MB; 415 for another type, 413 when larger.");
        api.MapGet("/", List)
            .WithName("ListDocuments")
            .WithSummary("The reports on a patient's record, newest first; a patient reaches only their own.");
        api.MapGet("/{documentId:guid}", GetById)
            .WithName("GetDocument")
            .WithSummary("One report's details.");
        api.MapGet("/{documentId:guid}/content", Download)
            .WithName("DownloadDocument")
            .WithSummary("The report's file; every download is written to the access audit.");
        api.MapDelete("/{documentId:guid}", Delete)
            .WithName("DeleteDocument")
            .WithSummary("Deletes a report: staff, or the account that uploaded it.");
        api.MapGet("/{documentId:guid}/accesses", Accesses)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("ListDocumentAccesses")
            .WithSummary("The report's access audit: who downloaded or deleted it, and when.");

        return app;
    }

    /// <remarks>A stored upload is audited with the document, in its transaction; a refused one here.</remarks>
    public static async Task<Results<Created<DocumentDto>, ValidationProblem, ProblemHttpResult>> Upload(
        Guid patientId, HttpRequest request, ClaimsPrincipal user, PatientDocuments documents, AuditTrail audit, CancellationToken cancellationToken)
    {
        var result = await StoreAsync(patientId, request, user, documents, cancellationToken);
        if (result.Result is not Created<DocumentDto>)
        {
            audit.Record(AuditActions.Create, AuditResources.Document, null, patientId);
        }

        return result;
    }

    private static async Task<Results<Created<DocumentDto>, ValidationProblem, ProblemHttpResult>> StoreAsync(
        Guid patientId, HttpRequest request, ClaimsPrincipal user, PatientDocuments documents, CancellationToken cancellationToken)
    {
        // Refuse a stranger before reading up to 21 MiB of their form.
        var caller = Caller.From(user);
        if (!await documents.MayReachAsync(patientId, caller, cancellationToken))
        {
            return PatientDocuments.NoSuchPatient.ToProblem();
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(title: "The file is too large.", detail: DocumentLimits.SizeLimitText, statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception malformed) when (malformed is InvalidDataException or IOException)
        {
            return TypedResults.Problem(
                title: "The upload is not a readable form.", detail: "Send multipart/form-data with the fields file, title, kind and documentDate.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return (await documents.UploadAsync(patientId, DocumentUpload.From(form), caller, cancellationToken))
            .ToCreated(document => $"/api/patients/{patientId}/documents/{document.Id}");
    }

    public static async Task<Results<Ok<IReadOnlyList<DocumentDto>>, ProblemHttpResult>> List(
        Guid patientId, ClaimsPrincipal user, PatientDocuments documents, AuditTrail audit, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Read, AuditResources.Document, null, patientId);
        return await documents.ListAsync(patientId, Caller.From(user), cancellationToken) is { } list
            ? TypedResults.Ok(list)
            : PatientDocuments.NoSuchPatient.ToProblem();
    }

    public static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> GetById(
        Guid patientId, Guid documentId, ClaimsPrincipal user, PatientDocuments documents, AuditTrail audit, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Read, AuditResources.Document, documentId, patientId);
        return await documents.FindAsync(patientId, documentId, Caller.From(user), cancellationToken) is { } document
            ? TypedResults.Ok(document)
            : NoSuchDocument();
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        Guid patientId, Guid documentId, ClaimsPrincipal user, HttpResponse response, PatientDocuments documents, AuditTrail audit,
        CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Download, AuditResources.Document, documentId, patientId);
        return (await documents.DownloadAsync(patientId, documentId, Caller.From(user), cancellationToken)).ToResultOrProblem(content =>
        {
            // The bytes stream from the database, so the result cannot tell their length; a declared one lets clients show progress.
            // Medical records stay out of browser and proxy caches; without a date, no conditional request skips the audited download.
            response.ContentLength = content.Document.SizeBytes;
            response.Headers.CacheControl = "no-store, private";
            return TypedResults.Stream(content.Bytes, content.Document.ContentType, content.Document.FileName);
        });
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid patientId, Guid documentId, ClaimsPrincipal user, PatientDocuments documents, AuditTrail audit, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Delete, AuditResources.Document, documentId, patientId);
        return (await documents.DeleteAsync(patientId, documentId, Caller.From(user), cancellationToken)).ToResultOrProblem(_ => TypedResults.NoContent());
    }

    public static async Task<Results<Ok<IReadOnlyList<DocumentAccessDto>>, ProblemHttpResult>> Accesses(
        Guid patientId, Guid documentId, PatientDocuments documents, AuditTrail audit, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Read, AuditResources.DocumentAccess, documentId, patientId);
        return await documents.AccessesAsync(patientId, documentId, cancellationToken) is { } accesses
            ? TypedResults.Ok(accesses)
            : NoSuchDocument();
    }

    private static ProblemHttpResult NoSuchDocument() => PatientDocuments.NoSuchDocument.ToProblem();
}
