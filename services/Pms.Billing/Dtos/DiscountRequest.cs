namespace Pms.Billing.Dtos;

public sealed record DiscountRequest(decimal? Amount, decimal? Percent, string? Reason);
