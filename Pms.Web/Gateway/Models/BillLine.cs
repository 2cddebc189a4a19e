namespace Pms.Web.Gateway.Models;

public sealed record BillLine(string? Code, string Description, decimal Quantity, decimal UnitPrice, decimal LineTotal);
