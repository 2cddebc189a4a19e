namespace Pms.Bench.System;

/// <summary>One reading of an event counter: its increment over the interval, or its mean for counters that are not increments.</summary>
public sealed record CounterSample(DateTime At, string Name, double Value);
