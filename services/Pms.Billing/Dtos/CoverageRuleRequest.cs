namespace Pms.Billing.Dtos;

public sealed record CoverageRuleRequest(decimal? CoveredPercent, decimal? CoPay, IReadOnlyList<string>? ExcludedCodes, decimal? YearlyCap);
