using Microsoft.EntityFrameworkCore;
using Pms.Billing.Infrastructure;
using Pms.ServiceDefaults.Merges;

namespace Pms.Billing.Services;

/// <summary>
/// What a merge of patient records moves in billing: the duplicate's bills, with the payments, refunds and checkouts that
/// hang off them, and its insurance coverages (which may then overlap the survivor's until staff end one). Billing's
/// summaries of both patients stay as patient-service's own events leave them.
/// </summary>
public sealed class BillingMergeLedger(BillingDbContext db, ILogger logger) : PatientMergeLedger(db, logger)
{
    protected override IQueryable<Guid> ItemsOf(Guid patientId) =>
        db.Bills.Where(bill => bill.PatientId == patientId).Select(bill => bill.Id)
            .Concat(db.Coverages.Where(coverage => coverage.PatientId == patientId).Select(coverage => coverage.Id));

    protected override async Task MoveAsync(IReadOnlyCollection<Guid> itemIds, Guid from, Guid to, CancellationToken cancellationToken)
    {
        await db.Bills.Where(bill => itemIds.Contains(bill.Id) && bill.PatientId == from)
            .ExecuteUpdateAsync(bills => bills.SetProperty(bill => bill.PatientId, to), cancellationToken);
        await db.Coverages.Where(coverage => itemIds.Contains(coverage.Id) && coverage.PatientId == from)
            .ExecuteUpdateAsync(coverages => coverages.SetProperty(coverage => coverage.PatientId, to), cancellationToken);
    }
}
