namespace Pms.Bench.Faults;

/// <summary>
/// How hard and how long the fault suite runs. <c>short</c> (about ten minutes with start-up, in CI) goes through every fault
/// once at 8 operations a second (over 6,000 operations); <c>long</c> goes through them four times at 10 a second
/// (over 10,000). Every PMS service runs as <see cref="Replicas"/> instances, as in a cluster.
/// </summary>
public sealed record FaultProfile(
    string Name,
    int Replicas,
    double OperationsPerSecond,
    int Rounds,
    TimeSpan WarmUp,
    TimeSpan Gap,
    TimeSpan BrokerDown,
    TimeSpan BrokerLatency,
    int LatencyMilliseconds,
    TimeSpan KilledFor,
    TimeSpan DatabaseDown,
    TimeSpan BillingUnreachable,
    TimeSpan MailOutage)
{
    /// <summary>A client gives up on a request after this long, and counts it as timed out.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>A fault not recovered from within this long is itself a violation.</summary>
    public static readonly TimeSpan RecoveryLimit = TimeSpan.FromMinutes(2);

    public static FaultProfile Brief { get; } = new("short", Replicas: 2, 8, 1,
        WarmUp: TimeSpan.FromSeconds(10), Gap: TimeSpan.FromSeconds(8),
        BrokerDown: TimeSpan.FromSeconds(15), BrokerLatency: TimeSpan.FromSeconds(15), LatencyMilliseconds: 500,
        KilledFor: TimeSpan.FromSeconds(2), DatabaseDown: TimeSpan.FromSeconds(15), BillingUnreachable: TimeSpan.FromSeconds(20), MailOutage: TimeSpan.FromSeconds(20));

    public static FaultProfile Extended { get; } = Brief with { Name = "long", OperationsPerSecond = 10, Rounds = 4, Gap = TimeSpan.FromSeconds(15) };

    public static FaultProfile Named(string name) => name switch
    {
        "short" => Brief,
        "long" => Extended,
        _ => throw new ArgumentException($"Unknown fault profile '{name}': use short or long."),
    };
}
