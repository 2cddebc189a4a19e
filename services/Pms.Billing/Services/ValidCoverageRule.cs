using Pms.Billing.Model;

namespace Pms.Billing.Services;

public sealed record ValidCoverageRule(BillType BillType, decimal CoveredPercent, decimal CoPay, IReadOnlyList<string> ExcludedCodes, decimal? YearlyCap);
