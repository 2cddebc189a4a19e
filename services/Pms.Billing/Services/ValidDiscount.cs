namespace Pms.Billing.Services;

/// <summary>An amount or a percent, never both.</summary>
public sealed record ValidDiscount(decimal? Amount, decimal? Percent, string Reason);
