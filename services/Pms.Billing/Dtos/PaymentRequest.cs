namespace Pms.Billing.Dtos;

public sealed record PaymentRequest(decimal? Amount, string? Method, string? Reference);
