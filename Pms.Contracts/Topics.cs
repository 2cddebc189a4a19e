using Pms.Contracts.Audit;
using Pms.Contracts.Events;

namespace Pms.Contracts;

/// <summary>
/// Kafka topics of PMS, who may write and read each and which events each carries. The services' routes, their
/// consumers' origin check and the cluster's Kafka ACLs all come from <see cref="Definitions"/>, so that an event can
/// only be believed when it arrives on the topic that only its owner may write. Messages a service gives up on stay in
/// its own database as dead letters.
/// </summary>
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

    private static readonly string[] DataServices =
        [ResourceNames.Auth, ResourceNames.Patients, ResourceNames.Billing, ResourceNames.Notifications, ResourceNames.Audit];

    public static IReadOnlyList<TopicDefinition> Definitions { get; } =
    [
        new(AuthPatientRegistration, [ResourceNames.Auth], [ResourceNames.Patients], [typeof(PatientAccountRegistered)]),
        new(AuthAccountNotices, [ResourceNames.Auth], [ResourceNames.Notifications], [typeof(PasswordResetRequested)]),
        new(Patient, [ResourceNames.Patients], [ResourceNames.Billing, ResourceNames.Notifications, ResourceNames.Audit],
        [
            typeof(PatientRegistered), typeof(PatientUpdated), typeof(PatientsMerged), typeof(PatientMergeUndone),
            typeof(AppointmentBooked), typeof(AppointmentCancelled), typeof(AppointmentRescheduled), typeof(AppointmentCompleted),
            typeof(AppointmentNoShow),
        ]),
        new(Billing, [ResourceNames.Billing], [ResourceNames.Notifications],
            [typeof(BillIssued), typeof(PaymentReceived), typeof(BillPaid), typeof(BillVoided), typeof(RefundIssued),
                typeof(ClaimSubmitted), typeof(ClaimPaid), typeof(ClaimDenied)]),
        new(Audit, DataServices, [ResourceNames.Audit], [typeof(AuditRecorded)]),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Definitions.Select(definition => definition.Name)];

    /// <summary>The definition of <paramref name="topic"/>, or null for a topic that is not PMS's.</summary>
    public static TopicDefinition? Find(string topic) => Definitions.FirstOrDefault(definition => definition.Name == topic);
}

/// <summary>
/// One topic: the services that may publish to it, those that consume it (each as its own consumer group, named after
/// the service) and the event types it carries; an event of any other type on it is not to be believed.
/// </summary>
public sealed record TopicDefinition(string Name, IReadOnlyList<string> Producers, IReadOnlyList<string> Consumers, IReadOnlyList<Type> Events)
{
    public bool Carries(Type eventType) => Events.Contains(eventType);
}
