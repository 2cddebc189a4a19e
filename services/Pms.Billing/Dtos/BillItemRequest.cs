namespace Pms.Billing.Dtos;

/// <summary>A catalog item by <see cref="Code"/> (its price is the catalog's), or free text with a price.</summary>
public sealed record BillItemRequest(string? Code, string? Description, decimal? Quantity, decimal? UnitPrice);
