using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Billing.Services;

/// <summary>Checks a bill request against the active catalog items its codes name.</summary>
public static class BillValidator
{
    public const int MaximumItems = 100;

    public static Outcome<ValidBill> Validate(CreateBillRequest request, IReadOnlyDictionary<string, PriceItem> catalog)
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

        var validItems = new List<ValidBillItem>();
        for (var index = 0; index < items.Count; index++)
        {
            if (ValidateItem(errors, $"items[{index}]", items[index], catalog) is { } valid)
            {
                validItems.Add(valid);
            }
        }

        var discount = ValidateDiscount(errors, request.Discount);
        if (request.Notes is { Length: > 1000 })
        {
            errors["notes"] = ["Notes have at most 1000 characters."];
        }

        if (errors.Count > 0 || billType is null || request.PatientId is not { } patientId)
        {
            return new FieldErrors(errors);
        }

        return new ValidBill(patientId, Enum.Parse<BillType>(billType), validItems, discount, request.Notes?.Trim());
    }

    private static ValidBillItem? ValidateItem(Dictionary<string, string[]> errors, string field, BillItemRequest item, IReadOnlyDictionary<string, PriceItem> catalog)
    {
        var quantity = item.Quantity;
        if (quantity is not (> 0 and <= 10_000) || decimal.Round(quantity.Value, 3) != quantity)
        {
            errors[$"{field}.quantity"] = ["The quantity is a positive number (at most 3 decimals, at most 10000)."];
            quantity = null;
        }

        if (!string.IsNullOrWhiteSpace(item.Code))
        {
            if (!catalog.TryGetValue(item.Code.Trim(), out var priced))
            {
                errors[$"{field}.code"] = [$"No active catalog item has the code {item.Code.Trim()}."];
                return null;
            }

            var description = string.IsNullOrWhiteSpace(item.Description) ? priced.Name : item.Description.Trim();
            return quantity is { } pricedQuantity ? new ValidBillItem(priced.Code, description, pricedQuantity, priced.UnitPrice, priced.Currency) : null;
        }

        var valid = true;
        var freeDescription = item.Description?.Trim();
        if (freeDescription is not { Length: > 0 and <= 300 })
        {
            errors[$"{field}.description"] = ["A free-text item needs a description of 1 to 300 characters."];
            valid = false;
        }

        if (item.UnitPrice is not (>= 0 and <= 10_000_000) || Money.Round(item.UnitPrice.Value) != item.UnitPrice)
        {
            errors[$"{field}.unitPrice"] = ["A free-text item needs a unit price of zero or more, in whole cents."];
            valid = false;
        }

        return valid && freeDescription is not null && quantity is { } freeQuantity && item.UnitPrice is { } unitPrice
            ? new ValidBillItem(null, freeDescription, freeQuantity, unitPrice, null)
            : null;
    }

    private static ValidDiscount? ValidateDiscount(Dictionary<string, string[]> errors, DiscountRequest? discount)
    {
        if (discount is null)
        {
            return null;
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
            return null;
        }

        return new ValidDiscount(discount.Amount, discount.Percent, discount.Reason.Trim());
    }
}
