using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Contracts.Billing;
using Pms.Contracts.Events;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Billing.Services;

/// <summary>
/// Issues a patient's Registration bill once per idempotency key: a retried or repeated request
/// gets the bill the first one created, never a second charge.
/// </summary>
public sealed class RegistrationFees(
    IDbContextOutbox<BillingDbContext> outbox,
    IOptions<BillingOptions> options,
    TimeProvider clock)
{
    private BillingDbContext Db => outbox.DbContext;

    /// <summary>The bill for this key, or null when the catalog has no active registration fee to charge.</summary>
    public async Task<RegistrationFeeCharged?> ChargeAsync(Guid patientId, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (await FindAsync(idempotencyKey, cancellationToken) is { } existing)
        {
            return existing;
        }

        var fee = await Db.PriceItems.AsNoTracking()
            .SingleOrDefaultAsync(item => item.Code == options.Value.RegistrationFeeCode && item.IsActive, cancellationToken);
        if (fee is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var bill = new Bill
        {
            Id = Guid.CreateVersion7(),
            Number = Bill.FormatNumber(now.Year, await Db.NextBillSequenceAsync(cancellationToken)),
            PatientId = patientId,
            BillType = BillType.Registration,
            Status = BillStatus.Issued,
            Currency = fee.Currency,
            IdempotencyKey = idempotencyKey,
            IssuedAt = now,
        };
        bill.AddLine(fee.Code, fee.Name, 1, fee.UnitPrice, options.Value.TaxRateFor(BillType.Registration));
        Db.Bills.Add(bill);
        await outbox.PublishEventAsync(new BillIssued(bill.Id, bill.Number, patientId, bill.BillType.ToString(), bill.Total, bill.Currency));

        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent request with the same key won; answer with its bill.
            Db.ChangeTracker.Clear();
            return await FindAsync(idempotencyKey, cancellationToken)
                ?? throw new InvalidOperationException("The competing registration bill disappeared.", exception);
        }

        return new RegistrationFeeCharged(bill.Id, bill.Number, bill.Total, bill.Currency);
    }

    private Task<RegistrationFeeCharged?> FindAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        Db.Bills.AsNoTracking()
            .Where(bill => bill.IdempotencyKey == idempotencyKey)
            .Select(bill => new RegistrationFeeCharged(bill.Id, bill.Number, bill.Total, bill.Currency))
            .SingleOrDefaultAsync(cancellationToken)!;
}
