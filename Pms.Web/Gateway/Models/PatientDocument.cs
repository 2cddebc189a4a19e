namespace Pms.Web.Gateway.Models;

/// <summary>A report or other file kept with a patient's record; <see cref="UploadedBy"/> is the uploader's account id.</summary>
public sealed record PatientDocument(
    Guid Id,
    Guid PatientId,
    string Title,
    string Kind,
    DateOnly DocumentDate,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    Guid UploadedBy,
    string? UploadedByName,
    DateTimeOffset UploadedAt);
