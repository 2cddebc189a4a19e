namespace Pms.Contracts.Billing;

public static class BillingRoutes
{
    /// <summary>Internal: called by patient-service with a Service token; not routed by the gateway.</summary>
    public const string RegistrationFees = "/internal/billing/registration-fees";

    /// <summary>Internal: called by patient-service with a Service token; not routed by the gateway.</summary>
    public const string ConsultationFees = "/internal/billing/consultation-fees";

    public const string IdempotencyKeyHeader = "Idempotency-Key";
}
