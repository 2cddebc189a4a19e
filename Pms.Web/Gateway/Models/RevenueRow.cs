namespace Pms.Web.Gateway.Models;

public sealed record RevenueRow(DateOnly Date, string BillType, string Currency, decimal Billed, decimal Collected, int Bills);
