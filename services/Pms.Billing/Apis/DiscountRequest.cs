namespace Pms.Billing.Apis;

public sealed record DiscountRequest(decimal? Amount, decimal? Percent, string? Reason);
