namespace Pms.Bench.Faults;

/// <summary>When a fault was in force, and how long the system took to serve again and to finish the work it had queued.</summary>
public sealed record FaultWindow(string Name, string Description, DateTimeOffset StartedAt, DateTimeOffset LiftedAt, TimeSpan? ServingAgainAfter, TimeSpan? DrainedAfter);
