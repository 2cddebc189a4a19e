using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

public sealed record DocumentDto(
    Guid Id,
    Guid PatientId,
    string Title,
    DocumentKind Kind,
    DateOnly DocumentDate,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    Guid UploadedBy,
    string? UploadedByName,
    DateTimeOffset UploadedAt)
{
    public static DocumentDto From(PatientDocument document) => new(
        document.Id, document.PatientId, document.Title, document.Kind, document.DocumentDate, document.FileName, document.ContentType,
        document.SizeBytes, document.Sha256, document.UploadedBy, document.UploadedByName, document.UploadedAt);
}
