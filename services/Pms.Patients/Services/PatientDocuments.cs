using Pms.ServiceDefaults.Apis;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts.Audit;
using Pms.Contracts.Documents;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Infrastructure.Documents;
using Pms.Patients.Infrastructure.EntityConfigurations;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Wolverine.EntityFrameworkCore;

namespace Pms.Patients.Services;

/// <summary>
/// Reports kept on patients' records: a patient reaches the documents of their own record; staff
/// and doctors reach every patient's. Every download and deletion is written to the access audit, and every
/// upload, download and deletion sends its audit record to the audit store in the same transaction.
/// </summary>
public sealed class PatientDocuments(IDbContextOutbox<PatientDbContext> outbox, AuditTrail audit, IDocumentContentStore store, TimeProvider clock)
{
    private PatientDbContext Db => outbox.DbContext;

    public static Refusal NoSuchPatient { get; } = Refusal.NotFound("No such patient.");

    public static Refusal NoSuchDocument { get; } = Refusal.NotFound("No such document.");

    public async Task<Outcome<DocumentDto>> UploadAsync(Guid patientId, DocumentUpload upload, Caller caller, CancellationToken cancellationToken)
    {
        if (!await MayReachAsync(patientId, caller, cancellationToken))
        {
            return NoSuchPatient;
        }

        if (upload.Files is [{ Length: > DocumentLimits.MaxFileBytes }])
        {
            return Refusal.PayloadTooLarge("The file is too large.", DocumentLimits.SizeLimitText);
        }

        var errors = Validate(upload, out var title, out var kind, out var documentDate);
        if (errors.Count > 0)
        {
            return new FieldErrors(errors);
        }

        var file = upload.Files[0];
        await using var content = file.OpenReadStream();
        var head = new byte[DocumentFileType.SignatureLength];
        if (DocumentFileType.Recognise(head.AsSpan(0, await content.ReadAtLeastAsync(head, head.Length, false, cancellationToken))) is not { } fileType)
        {
            return Refusal.UnsupportedMediaType("The file is not a PDF, PNG or JPEG.", "Reports are accepted as PDF documents or PNG and JPEG images.");
        }

        // The form's file is buffered by ASP.NET Core (on disk beyond 64 KiB), so it is read twice: hashed, then stored.
        content.Position = 0;
        var sha256 = await SHA256.HashDataAsync(content, cancellationToken);
        content.Position = 0;

        var document = new PatientDocument
        {
            Id = Guid.CreateVersion7(),
            PatientId = patientId,
            Title = title,
            Kind = kind,
            DocumentDate = documentDate,
            FileName = fileType.NameFile(file.FileName),
            ContentType = fileType.ContentType,
            SizeBytes = file.Length,
            Sha256 = Convert.ToHexStringLower(sha256),
            UploadedBy = caller.UserId,
            UploadedByName = UploaderName(caller),
            UploadedAt = clock.GetUtcNow(),
        };

        audit.Record(AuditActions.Create, AuditResources.Document, document.Id, patientId);
        await audit.EnlistAsync(outbox, StatusCodes.Status201Created);
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        Db.Documents.Add(document);
        await Db.SaveChangesAsync(cancellationToken);
        await store.SaveAsync(document.Id, content, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await outbox.FlushOutgoingMessagesAsync();
        return DocumentDto.From(document);
    }

    public async Task<IReadOnlyList<DocumentDto>?> ListAsync(Guid patientId, Caller caller, CancellationToken cancellationToken)
    {
        if (!await MayReachAsync(patientId, caller, cancellationToken))
        {
            return null;
        }

        var documents = await Db.Documents.AsNoTracking()
            .Where(document => document.PatientId == patientId)
            .OrderByDescending(document => document.DocumentDate).ThenByDescending(document => document.UploadedAt)
            .ToListAsync(cancellationToken);
        return documents.ConvertAll(DocumentDto.From);
    }

    public async Task<DocumentDto?> FindAsync(Guid patientId, Guid documentId, Caller caller, CancellationToken cancellationToken) =>
        await FindDocumentAsync(patientId, documentId, caller, cancellationToken) is { } document ? DocumentDto.From(document) : null;

    /// <summary>The document's bytes, once the download is in the audit.</summary>
    public async Task<Outcome<DocumentContent>> DownloadAsync(Guid patientId, Guid documentId, Caller caller, CancellationToken cancellationToken)
    {
        if (await FindDocumentAsync(patientId, documentId, caller, cancellationToken) is not { } document)
        {
            return NoSuchDocument;
        }

        Db.DocumentAccesses.Add(Audit(document, caller, DocumentAction.Downloaded));
        await audit.EnlistAsync(outbox);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);

        // Null when a deletion committed since the document was read: the download lost the race.
        return await store.OpenReadAsync(document.Id, cancellationToken) is { } bytes
            ? new DocumentContent(DocumentDto.From(document), bytes)
            : NoSuchDocument;
    }

    /// <summary>Staff remove any document, everyone else only what they uploaded; answers with what was removed.</summary>
    public async Task<Outcome<DocumentDto>> DeleteAsync(Guid patientId, Guid documentId, Caller caller, CancellationToken cancellationToken)
    {
        if (await FindDocumentAsync(patientId, documentId, caller, cancellationToken) is not { } document)
        {
            return NoSuchDocument;
        }

        if (!caller.IsStaff && document.UploadedBy != caller.UserId)
        {
            return Refusal.Forbidden("Only staff and the person who uploaded a document may delete it.");
        }

        await audit.EnlistAsync(outbox, StatusCodes.Status204NoContent);
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        Db.Documents.Remove(document);
        Db.DocumentAccesses.Add(Audit(document, caller, DocumentAction.Deleted));
        await Db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(document.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await outbox.FlushOutgoingMessagesAsync();
        return DocumentDto.From(document);
    }

    public async Task<IReadOnlyList<DocumentAccessDto>?> AccessesAsync(Guid patientId, Guid documentId, CancellationToken cancellationToken)
    {
        var accesses = await Db.DocumentAccesses.AsNoTracking()
            .Where(access => access.PatientId == patientId && access.DocumentId == documentId)
            .OrderBy(access => access.At).ThenBy(access => access.Id)
            .ToListAsync(cancellationToken);
        return accesses.Count > 0 || await Db.Documents.AnyAsync(document => document.Id == documentId && document.PatientId == patientId, cancellationToken)
            ? accesses.ConvertAll(DocumentAccessDto.From)
            : null;
    }

    /// <summary>Whether the record exists and is one the caller reaches (<see cref="PatientVisibility"/>).</summary>
    public Task<bool> MayReachAsync(Guid patientId, Caller caller, CancellationToken cancellationToken) =>
        Db.Patients.VisibleTo(caller).AnyAsync(patient => patient.Id == patientId, cancellationToken);

    private async Task<PatientDocument?> FindDocumentAsync(Guid patientId, Guid documentId, Caller caller, CancellationToken cancellationToken) =>
        await MayReachAsync(patientId, caller, cancellationToken)
            ? await Db.Documents.SingleOrDefaultAsync(document => document.Id == documentId && document.PatientId == patientId, cancellationToken)
            : null;

    private DocumentAccess Audit(PatientDocument document, Caller caller, DocumentAction action) => new()
    {
        DocumentId = document.Id,
        PatientId = document.PatientId,
        AccountId = caller.UserId,
        AccountName = caller.Name,
        Roles = caller.Roles,
        Action = action,
        At = clock.GetUtcNow(),
    };

    private Dictionary<string, string[]> Validate(DocumentUpload upload, out string title, out DocumentKind kind, out DateOnly documentDate)
    {
        var errors = new Dictionary<string, string[]>();
        title = upload.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            errors["title"] = ["Give the report a title."];
        }
        else if (title.Length > DocumentLimits.MaxTitleLength)
        {
            errors["title"] = [$"The title may be up to {DocumentLimits.MaxTitleLength} characters."];
        }

        // Only a kind's own name: Enum.TryParse would also take numbers and comma-separated lists.
        kind = default;
        if (Enum.GetNames<DocumentKind>().FirstOrDefault(name => name.Equals(upload.Kind?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } kindName)
        {
            kind = Enum.Parse<DocumentKind>(kindName);
        }
        else
        {
            errors["kind"] = [$"The kind must be one of {string.Join(", ", Enum.GetNames<DocumentKind>())}."];
        }

        // Today somewhere on Earth: the clinic's clock may be up to 14 hours ahead of UTC.
        var latestToday = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));
        if (!DateOnly.TryParseExact(upload.DocumentDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out documentDate))
        {
            errors["documentDate"] = ["Give the report's date as YYYY-MM-DD."];
        }
        else if (documentDate > latestToday)
        {
            errors["documentDate"] = ["The report's date cannot be in the future."];
        }

        switch (upload.Files)
        {
            case []:
                errors["file"] = ["Choose a file to upload."];
                break;
            case [_, _, ..]:
                errors["file"] = ["Upload one file at a time."];
                break;
            case [{ Length: 0 }]:
                errors["file"] = ["The file is empty."];
                break;
        }

        return errors;
    }

    private static string? UploaderName(Caller caller) =>
        caller.Name is { } name ? Truncate($"{name} ({caller.Roles})", DocumentConfiguration.UploaderNameLength) : null;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
