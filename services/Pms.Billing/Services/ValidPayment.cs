using Pms.Billing.Model;

namespace Pms.Billing.Services;

public sealed record ValidPayment(decimal Amount, PaymentMethod Method, string? Reference, string IdempotencyKey);
