using Pms.Contracts.Audit;

namespace Pms.ServiceDefaults.Audit;

/// <summary>Keeps audit records durably in the service's own database until the outbox has sent them to the audit store.</summary>
public interface IAuditStore
{
    Task StoreAsync(IReadOnlyList<AuditRecorded> records, CancellationToken cancellationToken);
}
