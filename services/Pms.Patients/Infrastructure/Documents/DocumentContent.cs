namespace Pms.Patients.Infrastructure.Documents;

/// <summary>A row of <see cref="PostgresDocumentContentStore"/>'s table: the bytes of one document.</summary>
public sealed class DocumentContent
{
    public Guid DocumentId { get; set; }

    public required byte[] Content { get; set; }
}
