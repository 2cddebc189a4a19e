using Microsoft.EntityFrameworkCore;
using Pms.Billing.Infrastructure;
using Pms.ServiceDefaults.Merges;

namespace Pms.Billing.Services;

/// <summary>
/// What a merge of patient records moves in billing: the duplicate's bills, with the payments, refunds and checkouts that
/// hang off them. Billing's summaries of both patients stay as patient-service's own events leave them.
/// </summary>
public sealed class MergedBills(BillingDbContext db, ILogger logger) : PatientMergeLedger(db, logger)
{
    protected override IQueryable<Guid> ItemsOf(Guid patientId) => db.Bills.Where(bill => bill.PatientId == patientId).Select(bill => bill.Id);

    protected override Task MoveAsync(IReadOnlyCollection<Guid> itemIds, Guid from, Guid to, CancellationToken cancellationToken) =>
        db.Bills.Where(bill => itemIds.Contains(bill.Id) && bill.PatientId == from)
            .ExecuteUpdateAsync(bills => bills.SetProperty(bill => bill.PatientId, to), cancellationToken);
}
