namespace Pms.Web.Gateway.Models;

public sealed record NewBillLine(string? Code, string Description, decimal Quantity, decimal UnitPrice);
