namespace Pms.Patients.Model;

/// <summary>
/// A report kept on a patient's record (a lab result, a scan, a prescription). Its bytes live in an
/// <see cref="Infrastructure.Documents.IDocumentContentStore"/>, under the document's id.
/// </summary>
public sealed class PatientDocument
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public required string Title { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>The date of the report itself (when the sample was taken, the scan made), not of the upload.</summary>
    public DateOnly DocumentDate { get; set; }

    public required string FileName { get; set; }

    /// <summary>The type read from the file's first bytes.</summary>
    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the bytes, lower-case hex, so a download can be checked against the upload.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The account that uploaded it: the patient, or a member of staff or a doctor.</summary>
    public Guid UploadedBy { get; set; }

    /// <summary>Who that was, as their account named them then, and as what: "Florence Nightingale (Staff)".</summary>
    public string? UploadedByName { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
