using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Contracts.Billing;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Billing.Services;

/// <summary>
/// Issues a one-line bill of a catalog item at its current price once per idempotency key: a
/// retried or repeated request gets the bill the first one created, never a second charge.
/// </summary>
public sealed class CatalogFeeBills(
    IDbContextOutbox<BillingDbContext> outbox,
    IOptions<BillingOptions> options,
    TimeProvider clock)
{
    private BillingDbContext Db => outbox.DbContext;

    /// <summary>Records who the patient is before billing them, so their bills have a name and an owner from the first one.</summary>
    public async Task<Outcome<IssuedFee>> IssueAsync(ValidFee request, CancellationToken cancellationToken)
    {
        var idempotencyKey = request.IdempotencyKey;
        if (await FindAsync(idempotencyKey, cancellationToken) is { } existing)
        {
            return new IssuedFee(existing, Created: false);
        }

        var fee = await Db.PriceItems.AsNoTracking()
            .SingleOrDefaultAsync(item => item.Code == request.FeeCode && item.IsActive, cancellationToken);
        if (fee is null)
        {
            // Without an active registration fee item nothing can be charged yet; the caller keeps the fee pending and retries.
            return request.Kind == FeeKind.Registration
                ? Refusal.Unavailable("The price catalog has no active registration fee.")
                : Refusal.Unprocessable($"No active catalog item has the code {request.FeeCode}.");
        }

        var patient = request.Patient;
        await Db.RecordPatientAsync(patient.PatientId, patient.Mrn, patient.FirstName, patient.LastName, patient.AuthUserId, patient.AsOf, cancellationToken);

        var now = clock.GetUtcNow();
        var billType = request.Kind == FeeKind.Registration ? BillType.Registration : BillType.Consultation;
        var bill = new Bill
        {
            Id = Guid.CreateVersion7(),
            Number = Bill.FormatNumber(now.Year, await Db.NextBillSequenceAsync(cancellationToken)),
            PatientId = patient.PatientId,
            BillType = billType,
            Status = BillStatus.Issued,
            Currency = fee.Currency,
            IdempotencyKey = idempotencyKey,
            IssuedAt = now,
        };
        bill.AddLine(fee.Code, fee.Name, 1, fee.UnitPrice, options.Value.TaxRateFor(billType));
        await Db.SplitWithCoverageAsync(bill, cancellationToken);
        Db.Bills.Add(bill);
        foreach (var issued in IssuedBillEvents.Of(bill))
        {
            await outbox.PublishEventAsync(issued);
        }


        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent request with the same key won; answer with its bill.
            Db.ChangeTracker.Clear();
            if (Db.Database.CurrentTransaction is { } transaction)
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            var competing = await FindAsync(idempotencyKey, cancellationToken)
                ?? throw new InvalidOperationException("The competing bill disappeared.", exception);
            return new IssuedFee(competing, Created: false);
        }

        return new IssuedFee(new FeeCharged(bill.Id, bill.Number, bill.Total, bill.Currency, bill.Balance), Created: true);
    }

    private Task<FeeCharged?> FindAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        Db.Bills.AsNoTracking()
            .Where(bill => bill.IdempotencyKey == idempotencyKey)
            .Select(bill => new FeeCharged(bill.Id, bill.Number, bill.Total, bill.Currency, bill.Total - bill.InsurerShare - bill.AmountPaid))
            .SingleOrDefaultAsync(cancellationToken)!;
}
