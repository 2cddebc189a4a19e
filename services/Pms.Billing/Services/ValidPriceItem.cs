using Pms.Billing.Model;

namespace Pms.Billing.Services;

/// <param name="Code">The upper-case code, or null when the request names the item elsewhere (an update).</param>
public sealed record ValidPriceItem(string? Code, string Name, BillType BillType, decimal UnitPrice, string Currency, bool IsActive);
