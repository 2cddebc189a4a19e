namespace Pms.Bench.System;

/// <summary>What the scenarios need to know of the seeded patients: their ids and things to search for.</summary>
public sealed record SeededPatients(IReadOnlyList<Guid> Ids, IReadOnlyList<string> Mrns, IReadOnlyList<string> Phones, TimeSpan SeedTime);
