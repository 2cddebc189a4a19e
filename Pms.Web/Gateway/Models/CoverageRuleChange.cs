namespace Pms.Web.Gateway.Models;

public sealed record CoverageRuleChange(decimal CoveredPercent, decimal CoPay, IReadOnlyList<string> ExcludedCodes, decimal? YearlyCap);
