namespace Pms.Bench.System;

public sealed record RegisteredWalkIn(Guid PatientId, string Email);
