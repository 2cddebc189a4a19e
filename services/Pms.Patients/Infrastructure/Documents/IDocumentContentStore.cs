namespace Pms.Patients.Infrastructure.Documents;

/// <summary>
/// Keeps the bytes of patients' documents under the document's id; the metadata stays in
/// <see cref="PatientDbContext"/>. Callers run <see cref="SaveAsync"/> and <see cref="DeleteAsync"/>
/// inside the DbContext's transaction: the PostgreSQL store then commits or rolls back with the
/// metadata, and an object store would write at once and leave at worst an unreferenced object.
/// </summary>
public interface IDocumentContentStore
{
    /// <summary>Stores what is left of <paramref name="content"/>, a seekable stream, read in chunks rather than held in memory.</summary>
    Task SaveAsync(Guid documentId, Stream content, CancellationToken cancellationToken);

    /// <summary>The stored bytes as a stream the caller disposes, or null when none are stored under the id.</summary>
    Task<Stream?> OpenReadAsync(Guid documentId, CancellationToken cancellationToken);

    Task DeleteAsync(Guid documentId, CancellationToken cancellationToken);
}
