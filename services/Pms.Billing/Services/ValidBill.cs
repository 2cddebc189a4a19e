using Pms.Billing.Model;

namespace Pms.Billing.Services;

/// <summary>A bill request that passed <see cref="BillValidator"/>: its catalog items are priced from the catalog.</summary>
public sealed record ValidBill(Guid PatientId, BillType BillType, IReadOnlyList<ValidBillItem> Items, ValidDiscount? Discount, string? Notes);
