namespace Pms.Contracts;

/// <summary>Kafka topics of PMS. Messages a service gives up on stay in its own database as dead letters.</summary>
public static class Topics
{
    public const string AuthPatientRegistration = "auth-patient-registration";

    /// <summary>Account notices auth-service asks notification-service to send, such as password-reset links.</summary>
    public const string AuthAccountNotices = "auth-account-notices";
    public const string Patient = "patient";
    public const string Billing = "billing";

    /// <summary>Audit records of every service, on their way to the audit store.</summary>
    public const string Audit = "audit";

    /// <summary>Partitions of every topic: the unit of parallelism of a consumer group.</summary>
    public const int PartitionCount = 3;

    public static IReadOnlyList<string> All { get; } = [AuthPatientRegistration, AuthAccountNotices, Patient, Billing, Audit];
}
