namespace Pms.Billing.Model;

/// <summary>
/// Splits a bill between the payer and the patient. Each line's share is its percentage of the line, rounded once to cents;
/// the payer then pays at most the bill's total less the co-pay, and at most what is left of the yearly cap. What those
/// limits take off comes off the last lines first, so that the lines' shares always add up to the payer's share exactly.
/// A discount or tax is the patient's: the payer's share is of the lines as priced.
/// </summary>
public static class InsuranceSplit
{
    /// <param name="lines">Each line's catalog code (null for free text) and total.</param>
    /// <param name="total">The bill's total after discount and tax.</param>
    /// <param name="rule">The payer's rule for the bill's type.</param>
    /// <param name="usedThisYear">What the payer has already taken on of this patient's bills of this type this year.</param>
    /// <returns>The payer's share of each line, in the order given.</returns>
    public static decimal[] LineShares(IReadOnlyList<(string? Code, decimal LineTotal)> lines, decimal total, CoverageRule rule, decimal usedThisYear)
    {
        var shares = lines
            .Select(line => line.Code is { } code && rule.ExcludedCodes.Contains(code, StringComparer.OrdinalIgnoreCase)
                ? 0m
                : Money.Round(line.LineTotal * rule.CoveredPercent / 100m))
            .ToArray();

        var limit = Math.Max(0m, total - rule.CoPay);
        if (rule.YearlyCap is { } cap)
        {
            limit = Math.Min(limit, Math.Max(0m, cap - usedThisYear));
        }

        var excess = shares.Sum() - limit;
        for (var index = shares.Length - 1; index >= 0 && excess > 0; index--)
        {
            var taken = Math.Min(shares[index], excess);
            shares[index] -= taken;
            excess -= taken;
        }

        return shares;
    }
}
