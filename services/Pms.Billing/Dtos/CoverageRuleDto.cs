using Pms.Billing.Model;

namespace Pms.Billing.Dtos;

public sealed record CoverageRuleDto(string PayerCode, BillType BillType, decimal CoveredPercent, decimal CoPay, IReadOnlyList<string> ExcludedCodes, decimal? YearlyCap)
{
    public static CoverageRuleDto From(CoverageRule rule) =>
        new(rule.PayerCode, rule.BillType, rule.CoveredPercent, rule.CoPay, [.. rule.ExcludedCodes], rule.YearlyCap);
}
