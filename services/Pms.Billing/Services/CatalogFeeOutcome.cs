using Pms.Contracts.Billing;

namespace Pms.Billing.Services;

public abstract record CatalogFeeOutcome
{
    /// <summary><paramref name="Created"/> is false when the key had already issued this bill.</summary>
    public sealed record Issued(FeeCharged Bill, bool Created) : CatalogFeeOutcome;

    public sealed record FeeUnavailable : CatalogFeeOutcome;
}
