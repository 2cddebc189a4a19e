namespace Pms.KafkaBroker.Faults;

public sealed record LatencyRequest(int? Milliseconds, int? Seconds);
