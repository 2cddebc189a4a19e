namespace Pms.Billing.Services;

/// <param name="Code">The catalog item's code, or null for a free-text item.</param>
/// <param name="Currency">The catalog item's currency, or null for a free-text item.</param>
public sealed record ValidBillItem(string? Code, string Description, decimal Quantity, decimal UnitPrice, string? Currency);
