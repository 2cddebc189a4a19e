namespace Pms.Contracts.Billing;

public static class BillingRoutes
{
    /// <summary>Internal: called by patient-service with a Service token; not routed by the gateway.</summary>
    public const string Fees = "/internal/billing/fees";

    public const string IdempotencyKeyHeader = "Idempotency-Key";
}
