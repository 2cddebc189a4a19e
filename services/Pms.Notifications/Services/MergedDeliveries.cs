using Microsoft.EntityFrameworkCore;
using Pms.Notifications.Infrastructure;
using Pms.ServiceDefaults.Merges;

namespace Pms.Notifications.Services;

/// <summary>What a merge of patient records moves in notification-service: the duplicate's message history.</summary>
public sealed class MergedDeliveries(NotificationDbContext db, ILogger logger) : PatientMergeLedger(db, logger)
{
    protected override IQueryable<Guid> ItemsOf(Guid patientId) =>
        db.Deliveries.Where(delivery => delivery.PatientId == patientId).Select(delivery => delivery.Id);

    protected override Task MoveAsync(IReadOnlyCollection<Guid> itemIds, Guid from, Guid to, CancellationToken cancellationToken) =>
        db.Deliveries.Where(delivery => itemIds.Contains(delivery.Id) && delivery.PatientId == from)
            .ExecuteUpdateAsync(deliveries => deliveries.SetProperty(delivery => delivery.PatientId, to), cancellationToken);
}
