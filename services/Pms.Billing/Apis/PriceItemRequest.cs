namespace Pms.Billing.Apis;

public sealed record PriceItemRequest(string? Code, string? Name, string? BillType, decimal? UnitPrice, string? Currency, bool? IsActive);
