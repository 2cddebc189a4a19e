using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Billing.Services;

/// <summary>Checks a catalog item's fields; the code's uniqueness is the catalog's to check.</summary>
public static class PriceItemValidator
{
    /// <param name="requireCode">A new item brings its code; a changed one is named by the route.</param>
    public static Outcome<ValidPriceItem> Validate(PriceItemRequest request, bool requireCode)
    {
        var errors = new Dictionary<string, string[]>();
        var (code, name) = Codes.CodeAndName(request.Code, request.Name, requireCode, errors);

        if (!EnumField.TryParse<BillType>(request.BillType, out var billType))
        {
            errors["billType"] = [EnumField.OneOf<BillType>("bill type")];
        }

        if (request.UnitPrice is not (>= 0 and <= 10_000_000) || Money.Round(request.UnitPrice.Value) != request.UnitPrice)
        {
            errors["unitPrice"] = ["The unit price is zero or more, in whole cents."];
        }

        if (request.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            errors["currency"] = ["The currency is a three-letter ISO 4217 code, e.g. USD."];
        }

        return errors.Count == 0 && name is not null && request.UnitPrice is { } unitPrice && request.Currency is { } validCurrency
            ? new ValidPriceItem(code, name, billType, unitPrice, validCurrency, request.IsActive ?? true)
            : new FieldErrors(errors);
    }
}
