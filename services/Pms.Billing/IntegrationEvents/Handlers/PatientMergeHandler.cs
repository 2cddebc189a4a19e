using Pms.Billing.Infrastructure;
using Pms.Billing.Services;
using Pms.Contracts.Events;

namespace Pms.Billing.IntegrationEvents.Handlers;

/// <summary>Moves a duplicate patient record's bills to the survivor when staff merge the two, and back when the merge is undone.</summary>
public static class PatientMergeHandler
{
    public static Task Handle(PatientsMerged merged, BillingDbContext db, ILogger logger, CancellationToken cancellationToken) =>
        new BillingMergeLedger(db, logger).ApplyAsync(merged, cancellationToken);

    public static Task Handle(PatientMergeUndone undone, BillingDbContext db, ILogger logger, CancellationToken cancellationToken) =>
        new BillingMergeLedger(db, logger).UndoAsync(undone, cancellationToken);
}
