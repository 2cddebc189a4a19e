namespace Pms.Web.Gateway.Models;

public sealed record NewBill(Guid PatientId, string BillType, IReadOnlyList<NewBillLine> Items, BillDiscount? Discount, string? Notes);
