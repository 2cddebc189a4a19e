namespace Pms.KafkaBroker.Faults;

public sealed record BrokerDownRequest(int? Seconds);
