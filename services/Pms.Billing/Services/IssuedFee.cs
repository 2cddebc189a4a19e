using Pms.Contracts.Billing;

namespace Pms.Billing.Services;

/// <summary>A fee's bill; <paramref name="Created"/> is false when the key had already issued it.</summary>
public sealed record IssuedFee(FeeCharged Bill, bool Created);
