namespace Pms.Contracts;

/// <summary>
/// One name per resource: the AppHost resource name, the connection-string name and the
/// service-discovery host are the same string.
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string AuthDatabase = "authdb";
    public const string PatientDatabase = "patientdb";
    public const string BillingDatabase = "billingdb";
    public const string NotificationDatabase = "notificationdb";
    public const string AuditDatabase = "auditdb";

    public const string Kafka = "kafka";
    public const string Mail = "mail";

    /// <summary>Redis: the state replicas share (web sessions and keys, rate-limit counters).</summary>
    public const string Redis = "redis";

    /// <summary>The payment sandbox of a local run, standing in for Stripe.</summary>
    public const string Payments = "payments";

    /// <summary>The Aspire dashboard a published system exports its telemetry to.</summary>
    public const string TelemetryDashboard = "dashboard";

    public const string Auth = "auth";
    public const string Patients = "patients";
    public const string Billing = "billing";
    public const string Notifications = "notifications";
    public const string Audit = "audit";
    public const string Gateway = "gateway";
    public const string Web = "web";
}
