namespace Pms.Billing.Apis;

public sealed record RefundRequest(decimal? Amount, string? Reason);
