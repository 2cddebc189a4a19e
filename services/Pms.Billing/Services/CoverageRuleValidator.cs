using Pms.Billing.Dtos;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Billing.Services;

/// <summary>Checks a payer's rule for one type of bill: amounts in whole cents, a percentage from 0 to 100, known-looking codes.</summary>
public static class CoverageRuleValidator
{
    private const int MostExcludedCodes = 200;

    public static Outcome<ValidCoverageRule> Validate(string billType, CoverageRuleRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!EnumField.TryParse<BillType>(billType, out var type))
        {
            errors["billType"] = [EnumField.OneOf<BillType>("bill type")];
        }

        if (request.CoveredPercent is not (>= 0 and <= 100) || Math.Round(request.CoveredPercent.Value, 2) != request.CoveredPercent)
        {
            errors["coveredPercent"] = ["The share the payer covers is a percentage from 0 to 100, with at most two decimals."];
        }

        var coPay = request.CoPay ?? 0;
        if (coPay is < 0 or > 1_000_000 || Money.Round(coPay) != coPay)
        {
            errors["coPay"] = ["The co-pay is zero or more, in whole cents."];
        }

        if (request.YearlyCap is { } cap && (cap is <= 0 or > 1_000_000_000 || Money.Round(cap) != cap))
        {
            errors["yearlyCap"] = ["The yearly cap is a positive amount in whole cents, at most 1,000,000,000; leave it out for no cap."];
        }

        var excluded = (request.ExcludedCodes ?? []).Select(code => code?.Trim() ?? "").ToList();
        if (excluded.Count > MostExcludedCodes || excluded.Any(code => !Codes.IsValid(code)))
        {
            errors["excludedCodes"] = [$"Up to {MostExcludedCodes} catalog codes, each of 1 to 32 letters, digits, dashes or underscores."];
        }

        return errors.Count == 0 && request.CoveredPercent is { } percent
            ? new ValidCoverageRule(type, percent, coPay, [.. excluded.Select(code => code.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)], request.YearlyCap)
            : new FieldErrors(errors);
    }
}
