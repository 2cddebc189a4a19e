using Pms.Billing.Model;

namespace Pms.Billing.Dtos;

/// <summary>Per day and bill type: what was billed (not void), collected (payments less refunds) and is still owed.</summary>
public sealed record RevenueReport(DateOnly From, DateOnly To, IReadOnlyList<RevenueRow> Days, IReadOnlyList<OutstandingRow> OutstandingByBillType, decimal TotalOutstanding);

public sealed record RevenueRow(DateOnly Date, BillType BillType, string Currency, decimal Billed, decimal Collected, int Bills);

public sealed record OutstandingRow(BillType BillType, string Currency, decimal Outstanding);
