namespace Pms.Bench.Faults;

/// <summary>One fault of the suite: what it does, and how to do it (the call returns when the fault is lifted).</summary>
public sealed record Fault(string Name, string Description, Func<FaultControls, CancellationToken, Task> ApplyAsync)
{
    private static readonly string[] Services =
        [ResourceNames.Auth, ResourceNames.Patients, ResourceNames.Billing, ResourceNames.Notifications, ResourceNames.Audit, ResourceNames.Gateway];

    /// <summary>Every fault the issue names, in the order they are applied.</summary>
    public static IReadOnlyList<Fault> Sequence(FaultProfile profile) =>
    [
        new("broker down", $"the Kafka broker drops every connection and refuses new ones for {profile.BrokerDown.TotalSeconds:0} s",
            async (controls, token) =>
            {
                await controls.BrokerDownAsync(profile.BrokerDown, token);
                await Task.Delay(profile.BrokerDown, token);
            }),
        new("broker latency", $"every broker answer comes {profile.LatencyMilliseconds} ms late for {profile.BrokerLatency.TotalSeconds:0} s",
            async (controls, token) =>
            {
                await controls.BrokerLatencyAsync(profile.LatencyMilliseconds, profile.BrokerLatency, token);
                await Task.Delay(profile.BrokerLatency, token);
            }),
        .. Services.Select(service =>
            new Fault($"{service} killed", $"SIGKILL of every instance of {service} mid-load, started again {profile.KilledFor.TotalSeconds:0} s later",
                (controls, token) => controls.KillAndRestartAsync(service, "KILL", profile.KilledFor, token))),
        .. profile.Replicas < 2 ? [] : Services.Select(service =>
            new Fault($"one {service} replica killed", $"SIGKILL of one of the {profile.Replicas} instances of {service} mid-load (the others keep serving), started again {profile.KilledFor.TotalSeconds:0} s later",
                (controls, token) => controls.KillOneReplicaAsync(service, profile.KilledFor, token))),
        new("PostgreSQL restarted", $"immediate shutdown of PostgreSQL (SIGQUIT: no checkpoint, crash recovery on start), started again {profile.DatabaseDown.TotalSeconds:0} s later",
            (controls, token) => controls.KillAndRestartAsync(ResourceNames.Postgres, "QUIT", profile.DatabaseDown, token)),
        new("billing unreachable", $"every billing-service process gone for {profile.BillingUnreachable.TotalSeconds:0} s: connections refused, not a 503",
            (controls, token) => controls.KillAndRestartAsync(ResourceNames.Billing, "KILL", profile.BillingUnreachable, token)),
        new("mail server refusing", $"the SMTP server answers 451 to every message for {profile.MailOutage.TotalSeconds:0} s",
            async (controls, token) =>
            {
                await controls.MailOutageAsync(profile.MailOutage, token);
                await Task.Delay(profile.MailOutage, token);
            }),
    ];
}
