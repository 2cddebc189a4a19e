namespace Pms.Bench.System;

public sealed record CreatedAccount(Guid Id, string Email);
