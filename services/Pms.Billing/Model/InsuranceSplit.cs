namespace Pms.Billing.Model;

/// <summary>
/// Splits a bill between the payer and the patient. The bill's discount is spread over its lines in proportion to their
/// prices; the co-pay is then the patient's, taken from the covered lines first to last; the payer pays its percentage of
/// what is left of each covered line, rounded once per line to cents; and never more than the discounted lines less the
/// co-pay, nor than what is left of its yearly cap: what those limits take comes off the last lines first, so the lines'
/// shares always add up to the payer's share exactly. Tax is the patient's.
/// </summary>
public static class InsuranceSplit
{
    /// <param name="lines">Each line's catalog code (null for free text) and total as priced.</param>
    /// <param name="discount">The bill's discount, spread over the lines.</param>
    /// <param name="rule">The payer's rule for the bill's type.</param>
    /// <param name="usedThisYear">What the payer has already taken on of this patient's bills of this type this year.</param>
    /// <returns>The payer's share of each line, in the order given.</returns>
    public static decimal[] LineShares(IReadOnlyList<(string? Code, decimal LineTotal)> lines, decimal discount, CoverageRule rule, decimal usedThisYear)
    {
        var subtotal = lines.Sum(line => line.LineTotal);
        var netShare = subtotal == 0 ? 0 : (subtotal - discount) / subtotal;
        var coPayLeft = rule.CoPay;
        var shares = new decimal[lines.Count];
        for (var index = 0; index < lines.Count; index++)
        {
            if (lines[index].Code is { } code && rule.ExcludedCodes.Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var net = lines[index].LineTotal * netShare;
            var coPay = Math.Min(coPayLeft, net);
            coPayLeft -= coPay;
            shares[index] = Money.Round((net - coPay) * rule.CoveredPercent / 100m);
        }

        // Rounding each line may add a cent or two to what the lines leave after the discount and co-pay; the cap may take more.
        var limit = Math.Max(0m, subtotal - discount - rule.CoPay);
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
