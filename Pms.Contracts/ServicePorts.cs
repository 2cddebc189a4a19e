namespace Pms.Contracts;

/// <summary>The fixed ports of a local run, as published in the README and API.md.</summary>
public static class ServicePorts
{
    public const int Patients = 4001;
    public const int Billing = 4002;
    public const int Notifications = 4003;
    public const int Auth = 4004;
    public const int Gateway = 4005;
    public const int Audit = 4006;
    public const int Web = 4200;
    public const int Postgres = 5000;
    public const int Kafka = 9092;

    /// <summary>Not Redis's usual 6379, where a machine's own Redis may already listen.</summary>
    public const int Redis = 6380;
}
