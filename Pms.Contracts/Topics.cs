namespace Pms.Contracts;

/// <summary>Kafka topics of PMS. Each consuming service has its own dead-letter topic.</summary>
public static class Topics
{
    public const string AuthPatientRegistration = "auth-patient-registration";
    public const string Patient = "patient";
    public const string Billing = "billing";

    /// <summary>Partitions of every topic: the unit of parallelism of a consumer group.</summary>
    public const int PartitionCount = 3;

    public static string DeadLetters(string consumingService) => $"{consumingService}.dead-letters";

    public static IReadOnlyList<string> EventTopics { get; } = [AuthPatientRegistration, Patient, Billing];

    public static IReadOnlyList<string> DeadLetterTopics { get; } =
        [DeadLetters(ResourceNames.Auth), DeadLetters(ResourceNames.Patients), DeadLetters(ResourceNames.Billing), DeadLetters(ResourceNames.Notifications)];

    public static IReadOnlyList<string> All { get; } = [.. EventTopics, .. DeadLetterTopics];
}
