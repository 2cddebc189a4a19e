using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Billing.Services;

/// <summary>
/// Staff issue bills: catalog items at the catalog's current price, free-text items at the given
/// price, an optional discount, tax by bill type, split with the patient's insurance; the server computes every amount.
/// </summary>
public sealed class BillIssuing(IDbContextOutbox<BillingDbContext> outbox, AuditTrail audit, IOptions<BillingOptions> options, TimeProvider clock)
{
    private BillingDbContext Db => outbox.DbContext;

    public async Task<Outcome<BillDto>> IssueAsync(CreateBillRequest request, CancellationToken cancellationToken)
    {
        var codes = (request.Items ?? []).Select(item => item.Code?.Trim()).OfType<string>().Where(code => code.Length > 0).Distinct().ToList();
        var catalog = await Db.PriceItems.AsNoTracking().Where(item => codes.Contains(item.Code) && item.IsActive)
            .ToDictionaryAsync(item => item.Code, cancellationToken);
        var validation = BillValidator.Validate(request, catalog);
        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<BillDto>();
        }

        var patient = await Db.Patients.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.PatientId == valid.PatientId, cancellationToken);
        if (patient is null)
        {
            return Refusal.Unprocessable("Billing does not know this patient (yet); a newly registered patient appears within seconds.");
        }

        var currencies = valid.Items.Select(item => item.Currency).OfType<string>().Distinct().ToList();
        if (currencies.Count > 1)
        {
            return FieldErrors.Of("items", "All catalog items of one bill must share a currency.");
        }

        var taxRate = options.Value.TaxRateFor(valid.BillType);
        var now = clock.GetUtcNow();
        var bill = new Bill
        {
            Id = Guid.CreateVersion7(),
            Number = Bill.FormatNumber(now.Year, await Db.NextBillSequenceAsync(cancellationToken)),
            PatientId = patient.PatientId,
            BillType = valid.BillType,
            Status = BillStatus.Issued,
            Currency = currencies.SingleOrDefault() ?? options.Value.Currency,
            Notes = valid.Notes,
            IssuedAt = now,
        };
        foreach (var item in valid.Items)
        {
            bill.AddLine(item.Code, item.Description, item.Quantity, item.UnitPrice, taxRate);
        }

        if (valid.Discount is { } discount)
        {
            try
            {
                bill.ApplyDiscount(discount.Amount, discount.Percent, discount.Reason, taxRate);
            }
            catch (BillingRuleException violation)
            {
                return FieldErrors.Of("discount", violation.Message);
            }
        }

        await Db.SplitWithCoverageAsync(bill, cancellationToken);
        Db.Bills.Add(bill);
        foreach (var issued in IssuedBillEvents.Of(bill))
        {
            await outbox.PublishEventAsync(issued);
        }

        audit.Record(AuditActions.Create, AuditResources.Bill, bill.Id, bill.PatientId);
        await audit.EnlistAsync(outbox, StatusCodes.Status201Created);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return BillDto.From(bill);
    }
}
