namespace Pms.Contracts;

/// <summary>Kafka topics of PMS. Each consuming service has its own dead-letter topic.</summary>
public static class Topics
{
    public const string AuthPatientRegistration = "auth-patient-registration";

    /// <summary>Account notices auth-service asks notification-service to send, such as password-reset links.</summary>
    public const string AuthAccountNotices = "auth-account-notices";
    public const string Patient = "patient";
    public const string Billing = "billing";

    /// <summary>Partitions of every topic: the unit of parallelism of a consumer group.</summary>
    public const int PartitionCount = 3;

    public static string DeadLetters(string consumingService) => $"{consumingService}.dead-letters";

    public static IReadOnlyList<string> EventTopics { get; } = [AuthPatientRegistration, AuthAccountNotices, Patient, Billing];

    public static IReadOnlyList<string> DeadLetterTopics { get; } =
        [DeadLetters(ResourceNames.Auth), DeadLetters(ResourceNames.Patients), DeadLetters(ResourceNames.Billing), DeadLetters(ResourceNames.Notifications)];

    public static IReadOnlyList<string> All { get; } = [.. EventTopics, .. DeadLetterTopics];
}
