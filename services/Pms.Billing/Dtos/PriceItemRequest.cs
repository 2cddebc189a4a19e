namespace Pms.Billing.Dtos;

public sealed record PriceItemRequest(string? Code, string? Name, string? BillType, decimal? UnitPrice, string? Currency, bool? IsActive);
