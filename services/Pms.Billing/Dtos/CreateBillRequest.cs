namespace Pms.Billing.Dtos;

public sealed record CreateBillRequest(
    Guid? PatientId,
    string? BillType,
    IReadOnlyList<BillItemRequest>? Items,
    DiscountRequest? Discount,
    string? Notes);
