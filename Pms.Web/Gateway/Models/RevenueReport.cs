namespace Pms.Web.Gateway.Models;

public sealed record RevenueReport(DateOnly From, DateOnly To, IReadOnlyList<RevenueRow> Days, IReadOnlyList<OutstandingRow> OutstandingByBillType, decimal TotalOutstanding);
