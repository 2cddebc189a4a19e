namespace Pms.Web.Gateway.Models;

public sealed record CoverageRule(string PayerCode, string BillType, decimal CoveredPercent, decimal CoPay, IReadOnlyList<string> ExcludedCodes, decimal? YearlyCap);
