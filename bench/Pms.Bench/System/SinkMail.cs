namespace Pms.Bench.System;

/// <summary>A mail as the sink lists it.</summary>
public sealed record SinkMail(Guid Id, IReadOnlyList<string> To, string Subject, DateTimeOffset ReceivedAt);
