namespace Pms.Contracts;

/// <summary>
/// Who connects to Kafka in a cluster: every service as its own SASL/SCRAM user, named after the service, allowed only
/// what <see cref="Topics.Definitions"/> gives it, and the administrator that creates those users, their rights and the
/// topics. A local run's embedded broker has no users.
/// </summary>
public static class KafkaUsers
{
    public const string Administrator = "admin";

    public const string ScramMechanism = "SCRAM-SHA-512";

    public static IReadOnlyList<string> Services { get; } =
    [
        .. Topics.Definitions.SelectMany(topic => topic.Producers.Concat(topic.Consumers)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
    ];

    /// <summary>The AppHost parameter (and the cluster's secret key) holding a user's password.</summary>
    public static string PasswordParameter(string user) => $"kafka-{user}-password";
}
