using Pms.Contracts.Billing;

namespace Pms.Billing.Services;

public static class IdempotencyKeyRule
{
    public const int MaximumLength = 100;

    public static void Validate(Dictionary<string, string[]> errors, string? idempotencyKey)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaximumLength)
        {
            errors[BillingRoutes.IdempotencyKeyHeader] = [$"An Idempotency-Key header of 1 to {MaximumLength} characters is required."];
        }
    }
}
