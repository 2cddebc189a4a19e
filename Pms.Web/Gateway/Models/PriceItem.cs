namespace Pms.Web.Gateway.Models;

public sealed record PriceItem(string Code, string Name, string BillType, decimal UnitPrice, string Currency, bool IsActive);
