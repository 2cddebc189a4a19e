namespace Pms.Patients.Model;

/// <summary>
/// One line of a document's access audit: who downloaded or deleted it, and when. Lines outlive
/// the document they speak of.
/// </summary>
public sealed class DocumentAccess
{
    public long Id { get; set; }

    public Guid DocumentId { get; set; }

    public Guid PatientId { get; set; }

    public Guid AccountId { get; set; }

    /// <summary>The account holder's name as their token gave it at the time; null when it gave none.</summary>
    public string? AccountName { get; set; }

    /// <summary>The roles the account held at the time, comma-separated.</summary>
    public required string Roles { get; set; }

    public DocumentAction Action { get; set; }

    public DateTimeOffset At { get; set; }
}
