using Pms.Billing.Model;

namespace Pms.Billing.Dtos;

public sealed record PriceItemDto(string Code, string Name, BillType BillType, decimal UnitPrice, string Currency, bool IsActive);
