namespace Pms.Web.Gateway.Models;

/// <summary>The payment provider's hosted checkout for a bill's balance.</summary>
public sealed record Checkout(string SessionId, string CheckoutUrl, decimal Amount, string Currency, DateTimeOffset ExpiresAt);
