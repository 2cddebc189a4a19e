namespace Pms.Billing.Apis;

public sealed record PaymentRequest(decimal? Amount, string? Method, string? Reference);
