namespace Pms.KafkaBroker.Faults;

public sealed record PartitionErrorsRequest(string? Topic, int? ErrorCode, int? Count);
