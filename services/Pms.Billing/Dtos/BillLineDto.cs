namespace Pms.Billing.Dtos;

public sealed record BillLineDto(string? Code, string Description, decimal Quantity, decimal UnitPrice, decimal LineTotal);
