using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Billing.Dtos;
using Pms.Billing.Infrastructure;
using Pms.Billing.Model;
using Pms.Contracts.Audit;
using Pms.Contracts.Events;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Billing.Services;

/// <summary>
/// Staff issue bills: catalog items at the catalog's current price, free-text items at the given
/// price, an optional discount, tax by bill type; the server computes every amount.
/// </summary>
public sealed class BillIssuing(IDbContextOutbox<BillingDbContext> outbox, AuditTrail audit, IOptions<BillingOptions> options, TimeProvider clock)
{
    public const int MaximumItems = 100;

    private BillingDbContext Db => outbox.DbContext;

    public async Task<BillOutcome> IssueAsync(CreateBillRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var billType = Enum.GetNames<BillType>().FirstOrDefault(name => string.Equals(name, request.BillType?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (billType is null)
        {
            errors["billType"] = [$"The bill type must be one of {string.Join(", ", Enum.GetNames<BillType>())}."];
        }

        if (request.PatientId is null || request.PatientId == Guid.Empty)
        {
            errors["patientId"] = ["The patient is required."];
        }

        var items = request.Items ?? [];
        if (items.Count is 0 or > MaximumItems)
        {
            errors["items"] = [$"A bill has 1 to {MaximumItems} items."];
        }

        var codes = items.Where(item => !string.IsNullOrWhiteSpace(item.Code)).Select(item => item.Code!.Trim()).Distinct().ToList();
        var catalog = await Db.PriceItems.AsNoTracking().Where(item => codes.Contains(item.Code) && item.IsActive)
            .ToDictionaryAsync(item => item.Code, cancellationToken);
        for (var index = 0; index < items.Count; index++)
        {
            ValidateItem(errors, $"items[{index}]", items[index], catalog);
        }

        ValidateDiscount(errors, request.Discount);
        if (request.Notes is { Length: > 1000 })
        {
            errors["notes"] = ["Notes have at most 1000 characters."];
        }

        if (errors.Count > 0)
        {
            return new BillOutcome.Invalid(errors);
        }

        var patient = await Db.Patients.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.PatientId == request.PatientId, cancellationToken);
        if (patient is null)
        {
            return new BillOutcome.Refused(StatusCodes.Status422UnprocessableEntity, "Billing does not know this patient (yet); a newly registered patient appears within seconds.");
        }

        var currencies = catalog.Values.Select(item => item.Currency).Distinct().ToList();
        if (currencies.Count > 1)
        {
            return new BillOutcome.Invalid(new Dictionary<string, string[]> { ["items"] = ["All catalog items of one bill must share a currency."] });
        }

        var type = Enum.Parse<BillType>(billType!);
        var taxRate = options.Value.TaxRateFor(type);
        var now = clock.GetUtcNow();
        var bill = new Bill
        {
            Id = Guid.CreateVersion7(),
            Number = Bill.FormatNumber(now.Year, await Db.NextBillSequenceAsync(cancellationToken)),
            PatientId = patient.PatientId,
            BillType = type,
            Status = BillStatus.Issued,
            Currency = currencies.SingleOrDefault() ?? options.Value.Currency,
            Notes = request.Notes?.Trim(),
            IssuedAt = now,
        };
        foreach (var item in items)
        {
            if (!string.IsNullOrWhiteSpace(item.Code))
            {
                var priced = catalog[item.Code.Trim()];
                bill.AddLine(priced.Code, string.IsNullOrWhiteSpace(item.Description) ? priced.Name : item.Description.Trim(), item.Quantity!.Value, priced.UnitPrice, taxRate);
            }
            else
            {
                bill.AddLine(null, item.Description!.Trim(), item.Quantity!.Value, item.UnitPrice!.Value, taxRate);
            }
        }

        if (request.Discount is { } discount)
        {
            try
            {
                bill.ApplyDiscount(discount.Amount, discount.Percent, discount.Reason!.Trim(), taxRate);
            }
            catch (BillingRuleException violation)
            {
                return new BillOutcome.Invalid(new Dictionary<string, string[]> { ["discount"] = [violation.Message] });
            }
        }

        Db.Bills.Add(bill);
        await outbox.PublishEventAsync(new BillIssued(bill.Id, bill.Number, bill.PatientId, bill.BillType.ToString(), bill.Total, bill.Currency));
        audit.Record(AuditActions.Create, AuditResources.Bill, bill.Id, bill.PatientId);
        await audit.EnlistAsync(outbox, StatusCodes.Status201Created);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return BillOutcome.Ok(BillDto.From(bill));
    }

    private static void ValidateItem(Dictionary<string, string[]> errors, string field, BillItemRequest item, Dictionary<string, PriceItem> catalog)
    {
        if (item.Quantity is not (> 0 and <= 10_000) || decimal.Round(item.Quantity.Value, 3) != item.Quantity)
        {
            errors[$"{field}.quantity"] = ["The quantity is a positive number (at most 3 decimals, at most 10000)."];
        }

        if (!string.IsNullOrWhiteSpace(item.Code))
        {
            if (!catalog.ContainsKey(item.Code.Trim()))
            {
                errors[$"{field}.code"] = [$"No active catalog item has the code {item.Code.Trim()}."];
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(item.Description) || item.Description.Trim().Length > 300)
        {
            errors[$"{field}.description"] = ["A free-text item needs a description of 1 to 300 characters."];
        }

        if (item.UnitPrice is not (>= 0 and <= 10_000_000) || Money.Round(item.UnitPrice.Value) != item.UnitPrice)
        {
            errors[$"{field}.unitPrice"] = ["A free-text item needs a unit price of zero or more, in whole cents."];
        }
    }

    private static void ValidateDiscount(Dictionary<string, string[]> errors, DiscountRequest? discount)
    {
        if (discount is null)
        {
            return;
        }

        if ((discount.Amount is null) == (discount.Percent is null))
        {
            errors["discount"] = ["Give the discount as an amount or as a percent, not both."];
        }
        else if (discount.Amount is < 0 || discount.Percent is < 0 or > 100)
        {
            errors["discount"] = ["A discount amount is zero or more; a percent is between 0 and 100."];
        }

        if (string.IsNullOrWhiteSpace(discount.Reason) || discount.Reason.Trim().Length > 300)
        {
            errors["discount.reason"] = ["A discount needs a reason of 1 to 300 characters."];
        }
    }
}
