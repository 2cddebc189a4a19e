namespace Pms.Billing.Apis;

public sealed record CreateBillRequest(
    Guid? PatientId,
    string? BillType,
    IReadOnlyList<BillItemRequest>? Items,
    DiscountRequest? Discount,
    string? Notes);
